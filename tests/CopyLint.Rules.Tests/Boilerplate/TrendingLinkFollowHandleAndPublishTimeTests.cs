namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A US paper's "Trending:" link between paragraphs (CL1001), a writer's follow prompt with the handle after a colon
/// (CL1108) and the page's publishing time as a sentence (CL1109); beside each, prose or a wire's sign-off with the
/// same words that must stay silent.
/// </summary>
public sealed class TrendingLinkFollowHandleAndPublishTimeTests
{
    private const string Before = "The Cubs won 6-3 on Tuesday night at Wrigley Field.\n\n";
    private const string After = "\n\nSuzuki had two hits, manager Craig Counsell said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1001", "Trending: Cubs' Crow-Armstrong named NL player of the week")]
    [InlineData("CL1108", "Follow Paul Hoynes on X: @hoynsie")]
    [InlineData("CL1109", "This article was originally published at 10:47 p.m.")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1001", "Trending downward all season, his average fell to .241 by August.")]
    [InlineData("CL1108", "Fans follow Paul Hoynes on X: he posts the lineup at 4 p.m.")]
    [InlineData("CL1109", "This report by The Canadian Press was first published Nov. 26, 2026.")]
    [InlineData("CL1109", "This article was originally published at 10:47 p.m. and corrected after the game.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));
}
