namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on an election count's progress ("with about 40% counted", "with 60% of precincts reporting"), which a live
/// page reads off the electoral commission's tally; a share that is no count's progress stays reported.
/// </summary>
public sealed class CountProgressFigureTests
{
    [Theory]
    [InlineData("The Greens leader, Adam Bandt, is trailing Labor's Sarah Witty on primary votes in his seat of Melbourne, with about 40% counted.")]
    [InlineData("The Democrat leads by a narrow margin in the county, with about 60% of precincts reporting.")]
    [InlineData("The independent is ahead in the seat, with about 70% of the vote counted.")]
    public void A_count_s_progress_is_not_reported(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("About 40% counted themselves lucky to have escaped the flood.")]
    [InlineData("The Greens leader is trailing in his seat, with about 40% of voters undecided.")]
    public void A_share_that_is_no_count_s_progress_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3001"));
}
