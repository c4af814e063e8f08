namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures read off a chart the text describes: "The line chart tracks each property type since 2016.
/// Flats have risen by about 30%" takes the chart as the source of the sentence after it, as "The chart shows" does;
/// a figure with no chart or other source beside it stays reported.
/// </summary>
public sealed class ChartReadingFigureTests
{
    [Theory]
    [InlineData("The line chart tracks each property type since 2016. Flats have risen by about 30% over the decade; detached homes by about 60%.")]
    [InlineData("The chart accompanying this story tracks average asking rents for one-bedroom units in Toronto since 2019. Toronto's line peaks in the summer of 2023, at about $2,600, before falling steadily.")]
    public void A_figure_read_off_a_chart_the_text_describes_is_sourced(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("Flats have risen by about 30% over the decade, while the market cooled.")]
    [InlineData("Buyers have been squeezed since 2016. Flats have risen by about 30% over the decade, while the market cooled.")]
    public void A_figure_with_no_chart_beside_it_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("Reportedly, more than half of buyers in Australia have chosen the optional track pack.")]
    [InlineData("Reportedly, connections had considered skipping the race because of the wet track.")]
    public void The_noun_track_is_no_source_for_a_hedged_claim(string text) => Assert.Single(RuleHarness.Lint(text, "CL3002"));
}
