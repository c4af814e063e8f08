namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on forecasts: a figure a forecast word governs is a forecast, not a claim of fact; a forecast
/// about something else ("more are expected to follow") sources nothing.
/// </summary>
public sealed class ForecastTests
{
    [Theory]
    [InlineData("An estimated 15,000 soldiers have been sent to Russia, and more are expected to follow.", "An estimated 15,000")]
    [InlineData("More than 1,200 schools have been damaged and the maize harvest is expected to be hit hard.", "More than 1,200")]
    [InlineData("About 15,000 soldiers are expected to arrive next week.", "About 15,000")]
    [InlineData("About 15,000 soldiers have been sent. More are expected to follow.", "About 15,000")]
    [InlineData("The tour reaches Cardiff in June, with an estimated 60,000 fans expected at each concert of the tour.", "an estimated 60,000")]
    [InlineData("More than 2,000 visitors expected on the opening day will have to queue.", "More than 2,000")]
    public void A_forecast_about_something_else_sources_nothing(string text, string figure)
    {
        var diagnostic = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));

        Assert.Equal(("CL3001", $"'{figure}' has no source: say who counted, estimated or reported it"), (diagnostic.Id, diagnostic.Message));
    }

    [Theory]
    [InlineData("The death toll is expected to rise to about 15,000.")]
    [InlineData("Growth is forecast at about 2% next year.")]
    [InlineData("Sales are projected to reach more than $3bn by 2027.")]
    [InlineData("Parliament, in which his allies hold more than 80 percent of the seats, is expected to pass the budget.")]
    [InlineData("Turnout is 44.2%, the returning officer said. That is well above the 35% some party sources had expected.")]
    [InlineData("About 300 economists expected a cut in rates at the March meeting.")]
    [InlineData("More than 200 analysts expected the bank to hold rates in June.")]
    public void A_figure_a_forecast_word_governs_is_a_forecast(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("Some party sources said about 35% of members had backed the plan.", "about 35%", "sources said")]
    [InlineData("The 35% figure was reportedly reached on Sunday, and more was expected.", "35%", "reportedly")]
    public void A_hedged_figure_that_is_no_forecast_is_still_vague(string text, string figure, string hedge)
    {
        var diagnostic = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));

        Assert.Equal(("CL3002", $"'{figure}' is sourced only by '{hedge}': name who says so"), (diagnostic.Id, diagnostic.Message));
    }
}
