using CopyLint.Rules.Attribution;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// The word screen is a necessary test: it lets through every word equal ignoring case to one of its words or shapes,
/// whatever the letters (ASCII, long s, dotted i, the Kelvin sign, Greek sigmas, lengths past its longest), and stops most others.
/// </summary>
public sealed class WordScreenTests
{
    private const string Letters = "aAeEiIkKsStTyYzZ-'ſıİKßẞéÉåÅΣσς0@`";

    private static Gen<string> Word() =>
        Gen.Elements(Letters.ToCharArray()).ArrayOf().Where(chars => chars.Length is > 0 and < 20).Select(chars => new string(chars));

    [Property(MaxTest = 500)]
    public Property Lets_through_every_listed_word_in_any_case() =>
        Prop.ForAll(Word().ArrayOf().ToArbitrary(), Word().ArrayOf().ToArbitrary(), (words, others) =>
        {
            var screen = new WordScreen(words);
            var listed = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            var variants = words.SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant() });
            return variants.Concat(others).Where(listed.Contains).All(screen.MayHold);
        });

    [Property(MaxTest = 300)]
    public Property Lets_through_every_word_of_a_shape() =>
        Prop.ForAll(Word().ToArbitrary(), word =>
        {
            var screen = new WordScreen([]);
            screen.AddShapes(3, "tſ", "sΣ");
            var fits = word.Length >= 3 && "tſ".Contains(char.ToLowerInvariant(word[0]), StringComparison.OrdinalIgnoreCase)
                && "sΣ".Contains(word[^1].ToString(), StringComparison.OrdinalIgnoreCase);
            return !fits || screen.MayHold(word);
        });

    [Fact]
    public void Stops_words_of_another_length_or_letter()
    {
        var screen = new WordScreen(["thousands", "third"]);
        Assert.True(screen.MayHold("THOUSANDS") && screen.MayHold("Third") && screen.MayHold("tweed"));
        Assert.False(screen.MayHold("said") || screen.MayHold("thirds") || screen.MayHold("fifth") || screen.MayHold(""));
    }

    [Fact]
    public void Next_stops_at_a_token_of_the_kind_or_one_it_lets_through()
    {
        var screen = new WordScreen(["million"]);
        Token[] tokens = [Word("about", 0), Word("two", 6), Word("Million", 10), new(TokenKind.Number, new TextSpan(18, 2), "15"), Word("people", 21)];
        Assert.Equal(2, screen.Next(tokens, 0, TokenKind.Number));
        Assert.Equal(3, screen.Next(tokens, 3, TokenKind.Number));
        Assert.Equal(5, screen.Next(tokens, 4, TokenKind.Number));
    }

    private static Token Word(string text, int start) => new(TokenKind.Word, new TextSpan(start, text.Length), text);
}
