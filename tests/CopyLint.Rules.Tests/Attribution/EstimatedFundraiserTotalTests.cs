namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on what a fundraiser raised for a cause: its running total is background, but "an estimated" total is
/// someone's estimate, which needs a source.
/// </summary>
public sealed class EstimatedFundraiserTotalTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("A darts exhibition featuring four former world champions raised an estimated £18,000 for St Agnes Hospice in Wakefield on Friday night.", "an estimated £18,000")]
    [InlineData("The walkers raised an estimated £9,000 for the hospice.", "an estimated £9,000")]
    public void An_estimated_total_raised_for_a_cause_is_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("He swam the full length of Windermere, raising more than £12,000 for the hospice.")]
    [InlineData("A darts exhibition featuring four former world champions raised £18,400 for St Agnes Hospice in Wakefield on Friday night.")]
    public void A_running_total_raised_for_a_cause_is_background(string text) => Assert.Empty(Figures(text));
}
