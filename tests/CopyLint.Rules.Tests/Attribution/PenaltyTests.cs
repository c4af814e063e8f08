namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 leaves a penalty the law or a court sets alone: a figure of record, not an estimate that needs a source.</summary>
public sealed class PenaltyTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("It faces fines of up to 49.5 million Australian dollars.")]
    [InlineData("Platforms that break the law face penalties of up to 30 million euros.")]
    [InlineData("Under the new law, firms risk a fine of up to 18 million pounds.")]
    [InlineData("Offenders face a maximum penalty of up to 250,000 dollars and a jail sentence.")]
    public void A_statutory_penalty_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Up to 5,000 people may have died in the floods.", "Up to 5,000")]
    [InlineData("The storm left up to 49.5 million people without power.", "up to 49.5 million")]
    [InlineData("The fines were paid by about 3,000 drivers.", "about 3,000")]
    public void Estimates_that_are_not_penalties_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Under data protection law, the regulator can fine companies up to £17.5m.")]
    [InlineData("The watchdog can fine firms up to 10% of their global turnover.")]
    public void A_fine_the_law_allows_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_sum_spent_is_still_reported() =>
        Assert.Contains(Figures("The regulator spent up to £17.5m on the inquiry."), m => m.StartsWith("'up to £17.5m'", StringComparison.Ordinal));
}
