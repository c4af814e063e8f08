namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the lifeboat charity in a coastguard story, which sea-rescue copy names by its initials as a lifeboat story
/// does; beside it, the RNLI in a story of no sea rescue, still reported.
/// </summary>
public sealed class CoastguardLifeboatAcronymTests
{
    private static int Acronyms(string text) => RuleHarness.Lint(text, "CL2004").Count;

    [Theory]
    [InlineData("At 2.30pm, the coastguard and RNLI volunteers from Skegness were called after two walkers were cut off by the tide.")]
    [InlineData("The Coastguard said the RNLI crew reached the walkers within 20 minutes.")]
    public void The_RNLI_in_a_coastguard_story_is_known(string text) => Assert.Equal(0, Acronyms(text));

    [Fact]
    public void The_RNLI_in_a_story_of_no_sea_rescue_is_still_reported() =>
        Assert.Equal(1, Acronyms("Volunteers from the RNLI were called after two walkers were cut off by floodwater near Gibraltar Point."));
}
