namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a design capacity after "will be able to" and the capacity a plan raises a thing to, and on the figures of
/// a sentence whose subject surveyed or polled them; beside each, the claim that stays reported.
/// </summary>
public sealed class PlannedCapacityAndSurveyingBodyTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("When it opens, T5 will be able to handle about 50 million passengers a year, raising Changi's total capacity to about 140 million.")]
    [InlineData("The new port will be able to handle about 2 million containers a year.")]
    [InlineData("The department surveyed more than 4,000 businesses employing about 1.2 million workers.")]
    [InlineData("The institute polled about 1,500 voters in 12 provinces, about 600 of them in Bangkok.")]
    public void A_design_capacity_or_a_surveyed_count_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Rescuers will be able to reach about 5,000 people by Friday.", "about 5,000")]
    [InlineData("The floods swept through the valley, raising the death toll to about 140.", "about 140")]
    [InlineData("The department visited more than 4,000 businesses employing about 1.2 million workers.", "about 1.2 million")]
    public void The_same_figure_as_a_claim_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
