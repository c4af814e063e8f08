namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on judiciary and match copy: a singular fraction before "time" names a break in play ("at three-quarter time"),
/// not a share; and a cue word in -s that is the plural subject of the verb after it ("Dangerous contact charges have
/// risen") is a noun, which sources nothing. Beside each, the share and the verb of saying that stay as they were.
/// </summary>
public sealed class BreakInPlayAndChargeNounTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("North Melbourne trailed by 14 points at three-quarter time but kicked five goals to one in the last quarter.")]
    [InlineData("The Crows had built a 17-point lead at three-quarter time.")]
    public void A_fraction_naming_a_break_in_play_is_no_figure(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About three-quarters of the players were at training on Tuesday.", "About three-quarters")]
    [InlineData("The club bought a three-quarter share of the ground for about $3 million.", "three-quarter")]
    public void A_share_of_something_is_still_a_figure(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Dangerous contact charges have risen by more than 30 per cent this season.", "more than 30 per cent")]
    [InlineData("Dangerous tackle charges were up by more than 30 per cent on last season.", "more than 30 per cent")]
    public void A_charge_noun_before_its_verb_sources_nothing(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Dangerous contact charges rose by more than 30 per cent this season, the league says.")]
    [InlineData("The club lost what the league estimates are more than 300 members this season.")]
    [InlineData("About 40 players the league says were injured will miss the round.")]
    [InlineData("The prosecution charges that the company hid more than $30 million from investors.")]
    public void A_verb_of_saying_still_sources_the_figure(string text) => Assert.Empty(Figures(text));
}
