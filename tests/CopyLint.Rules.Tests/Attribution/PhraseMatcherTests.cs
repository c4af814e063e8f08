using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Attribution;

public class PhraseMatcherTests
{
    // "sources" starts enough phrases for its next words to go in a word table; "people" has a short list.
    private static readonly PhraseMatcher Matcher = new(
    [
        "sources", "sources close to", "sources close to the talks", "sources familiar with",
        "sources said", "sources say", "sources told", "sources added", "sources suggest", "sources claim", "sources report",
        "people familiar", "people familiar with the matter", "PEOPLE  briefed", "some people",
    ]);

    [Theory]
    [InlineData("Sources close to the talks said", 0, 5)]
    [InlineData("sources close to him", 0, 3)]
    [InlineData("sources CLAIM otherwise", 0, 2)]
    [InlineData("sources", 0, 1)]
    [InlineData("people familiar with the matter", 0, 5)]
    [InlineData("people familiar with it", 0, 2)]
    [InlineData("People briefed on it", 0, 2)]
    [InlineData("people say", 0, 0)]
    [InlineData("some people familiar", 1, 2)]
    [InlineData("close to the talks", 0, 0)]
    public void Match_finds_the_longest_phrase_starting_at_a_token(string text, int start, int expected) =>
        Assert.Equal(expected, Matcher.Match(Words(text), start));

    [Theory]
    [InlineData("according to sources close to the talks", 5)]
    [InlineData("the talks", 0)]
    [InlineData("said some people", 2)]
    [InlineData("said SOME People", 2)]
    [InlineData("sources familiar with", 3)]
    [InlineData("people familiar", 2)]
    [InlineData("familiar", 0)]
    public void MatchEndingAt_finds_the_longest_phrase_ending_before_a_token(string text, int expected)
    {
        var words = Words(text);
        Assert.Equal(expected, Matcher.MatchEndingAt(words, words.Length));
    }

    [Fact]
    public void Match_stops_at_a_token_that_is_not_a_word() =>
        Assert.Equal(1, Matcher.Match(Words("sources, close to the talks"), 0));

    [Theory]
    [InlineData("put the number at 50,000", 4)]
    [InlineData("put the number of marchers at 50,000", 6)]
    [InlineData("put the number of people killed in Gaza at 50,000", 9)]
    [InlineData("put the number of people killed in the attack at 50,000", 0)]
    [InlineData("put the number of marchers, at 50,000", 0)]
    [InlineData("put the number", 0)]
    public void A_gap_stands_for_one_to_five_words(string text, int expected) =>
        Assert.Equal(expected, new PhraseMatcher(["put the number at", "put the number ... at"]).Match(Words(text), 0));

    private static Token[] Words(string text) =>
        [.. NewsTokenizer.Instance.TokenizeText(text).Where(t => t.Kind != TokenKind.Whitespace)];
}
