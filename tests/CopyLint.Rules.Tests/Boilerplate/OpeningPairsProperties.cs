using CopyLint.Rules.Boilerplate;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// The two-character screen before a first-word look-up must never turn away a text that opens with a listed word,
/// ignoring case, whatever follows it; it may let through others.
/// </summary>
public sealed class OpeningPairsProperties
{
    private static readonly string[] Words = ["More", "Most", "read", "A", "you", "Don't", "Top", "date", "x1", "-", "I"];

    private static readonly OpeningPairs Screen = new(Words);

    // Case pairs and look-alikes beyond ASCII: the Kelvin sign, dotless i, long s, a curly apostrophe, a no-break space.
    private static readonly string[] Fragments =
    [
        "m", "M", "o", "O", "r", "R", "e", "E", "a", "A", "d", "D", "y", "Y", "t", "T", "x", "1", "-", "'", "’", "i", "I",
        "\u212A", "\u0131", "\u017F", " ", "\t", ":", "\u00A0", "ore", "ost", "ead", "on't", "op", "ate", "The", ".",
    ];

    private static Gen<string> Texts() =>
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(string.Concat);

    [Property(MaxTest = 3000)]
    public Property A_text_opening_with_a_listed_word_passes() =>
        Prop.ForAll(Texts().ToArbitrary(), text =>
        {
            var end = text.AsSpan().IndexOfAny(' ', '\t', ':');
            var word = end < 0 ? text : text[..end];
            return !Words.Contains(word, StringComparer.OrdinalIgnoreCase) || Screen.MayOpen(text);
        });

    [Theory]
    [InlineData("The most read story")]
    [InlineData("In the end")]
    [InlineData("Ax")]
    [InlineData("")]
    public void Prose_opening_otherwise_is_turned_away(string text) => Assert.False(Screen.MayOpen(text));

    [Theory]
    [InlineData("MOST READ")]
    [InlineData("a post shared by")]
    [InlineData("A:")]
    [InlineData("A")]
    [InlineData("DON'T miss")]
    [InlineData("\u212Aelvin")]
    public void Openings_of_listed_words_pass(string text) => Assert.True(Screen.MayOpen(text));

    [Fact]
    public void An_empty_or_non_ascii_word_turns_the_screen_off()
    {
        Assert.True(new OpeningPairs(["More", string.Empty]).MayOpen("The"));
        Assert.True(new OpeningPairs(["\u017Fee"]).MayOpen("see"));
    }
}
