namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 reads "a quarter of a billion dollars" as one sum, not a share and then "a billion dollars".</summary>
public sealed class FractionOfMagnitudeTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The city spent nearly a quarter of a billion dollars on a parking app that never worked.", "nearly a quarter of a billion dollars")]
    [InlineData("The flood caused about a third of a million dollars in damage to the school.", "about a third of a million dollars")]
    public void A_fraction_of_a_magnitude_unsourced_is_reported_once(string text, string figure) => Assert.Equal([figure], Flagged(text));

    [Fact]
    public void A_lede_rounding_a_sourced_sum_below_is_left_alone()
    {
        const string text = "Council faces bill over failed app\n\n"
            + "The city spent nearly a quarter of a billion dollars on a parking app that never worked.\n\n"
            + "Residents complained for months.\n\n"
            + "According to the city auditor, the council paid $243 million for the app between 2020 and 2025.\n";
        Assert.Empty(Flagged(text));
    }

    [Fact]
    public void A_lede_rounding_a_different_sum_below_is_still_reported()
    {
        const string text = "Council faces bill over failed app\n\n"
            + "The city spent nearly a quarter of a billion dollars on a parking app that never worked.\n\n"
            + "Residents complained for months.\n\n"
            + "According to the city auditor, the council paid $43 million for the app between 2020 and 2025.\n";
        Assert.Equal(["nearly a quarter of a billion dollars"], Flagged(text));
    }

    [Theory]
    [InlineData("The house comes with a walled garden of about a third of an acre and a stone outbuilding.")]
    [InlineData("The orchard behind the barn covers nearly a quarter of a hectare.")]
    public void A_fraction_of_a_unit_is_a_measurement(string text) => Assert.Empty(Flagged(text));

    [Fact]
    public void A_fraction_of_people_is_still_reported() =>
        Assert.Equal(["about a third"], Flagged("The new road will serve about a third of residents, who have waited years for it."));
}
