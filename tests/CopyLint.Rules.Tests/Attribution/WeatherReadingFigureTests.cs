namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a weather reading, a share that closes its clause after "humidity" ("the humidity about 78%"), which is read
/// off the instruments; beside it, a share that goes on to what it counts, or that a change verb stands before, which is
/// still a claim.
/// </summary>
public sealed class WeatherReadingFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The track temperature is 34C and the humidity about 78%. Russell starts from pole.")]
    [InlineData("At the start the humidity was at about 90 per cent, and the players took extra drinks breaks.")]
    public void A_share_closing_its_clause_after_humidity_is_a_reading(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Complaints about the humidity rose by about 78%.", "about 78%")]
    [InlineData("The humidity is blamed by about 78% of players for the cramp.", "about 78%")]
    public void A_share_that_goes_on_or_follows_another_word_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
