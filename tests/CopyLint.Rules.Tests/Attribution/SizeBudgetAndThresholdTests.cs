namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a body's size measured against another named body, a project's budget named as its cost and a threshold stated of any population; beside each,
/// the nearest claim that stays reported.
/// </summary>
public sealed class SizeBudgetAndThresholdTests
{
    private static string[] Figures(string text) =>
        [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The planet, known as GJ 486 b, orbits a red dwarf star in the constellation Virgo. It is about 30 per cent larger than Earth and completes an orbit in less than 1.5 days.")]
    [InlineData("The star is roughly 20% more massive than the Sun and burns far hotter.")]
    [InlineData("The mission's cost of about Rs 615 crore has drawn attention internationally for being far lower than that of comparable missions.")]
    [InlineData("Measles is one of the most contagious diseases known. Around 95% of a population needs to receive two doses of vaccine to prevent outbreaks.")]
    public void A_measurement_or_a_budget_of_record_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The crowd on Saturday was about 30 per cent larger than last year's, the organisers hoped.", "about 30 per cent")]
    [InlineData("The crowd at the rally was about 30 per cent bigger than Tuesday's.", "about 30 per cent")]
    [InlineData("The flood's cost of about Rs 615 crore has drawn attention across the state.", "about Rs 615 crore")]
    [InlineData("The mission's cost overrun of about Rs 615 crore has drawn attention across the state.", "about Rs 615 crore")]
    [InlineData("Measles is one of the most contagious diseases known. Around 95% of the region's children need to receive two doses of vaccine.", "Around 95%")]
    public void The_nearest_claim_is_still_reported(string text, string figure) => Assert.Equal([figure], Figures(text));

    [Theory]
    [InlineData("The framework sets a global fuel standard that will require ships of over 5,000 gross tonnage to reduce the greenhouse gas intensity of their fuel.")]
    [InlineData("The convention applies to all vessels above 400 gross tonnage on international voyages.")]
    public void A_bound_that_draws_a_rule_s_scope_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_bound_on_ships_counted_is_still_reported() =>
        Assert.Equal(["more than 100"], Figures("The group attacked more than 100 merchant ships, sinking two."));
}
