using CopyLint.Rules.Naming;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Naming;

public sealed class LowercaseWordsTests
{
    [Fact]
    public void Holds_the_words_written_in_lower_case()
    {
        var words = new LowercaseWords(Document.Parse("Analysts said the analysts' view of Kim was wrong.\n\nThe mayor, an iPhone user, met ed."));
        Assert.True(words.ContainsLowercased("Analysts"));
        Assert.True(words.ContainsLowercased("MAYOR"));
        Assert.True(words.Contains("wrong"));
        Assert.True(words.Contains("iPhone"));
        Assert.False(words.ContainsLowercased("Kim"));
        Assert.False(words.ContainsLowercased("IPhone"));
        Assert.False(words.ContainsLowercased("Ed"));
        Assert.False(words.Contains("Analysts"));
    }

    private static readonly string[] Pieces =
    [
        "analysts", "Analysts", "said", "Said", "the", "The", "of", "Of", "iPhone", "IPHONE", "élan", "Élan", "ſun", "Sun", "sun",
        "KIM", "kim", "a", "an", ".", ",", "\n", "\n\n", " ", "-", "al-Assad", "tes", "set", "tse", "ste",
    ];

    /// <summary>The index answers as the set of lower-case words it replaced (every word of three letters or more starting in lower case).</summary>
    [Property(MaxTest = 300)]
    public Property Answers_as_a_set_of_the_words() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary(),
        Gen.Elements(Pieces).ToArbitrary(),
        (text, word) =>
        {
            var document = Document.Parse(text);
            var set = document.Tokens.Where(t => t.Kind == TokenKind.Word && t.Text.Length > 2 && char.IsLower(t.Text[0])).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            var index = new LowercaseWords(document);
            return index.ContainsLowercased(word) == set.Contains(word.ToLowerInvariant()) && index.Contains(word) == set.Contains(word);
        });

    /// <summary>The first questions are answered by searching the text, the rest by an index: asked many, every answer is the set's.</summary>
    [Property(MaxTest = 100)]
    public Property Answers_alike_by_search_and_by_index() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary(),
        text =>
        {
            var document = Document.Parse(text);
            var set = document.Tokens.Where(t => t.Kind == TokenKind.Word && t.Text.Length > 2 && char.IsLower(t.Text[0])).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
            var index = new LowercaseWords(document);
            return Pieces.Concat(Pieces).All(word => index.Contains(word) == set.Contains(word) && index.ContainsLowercased(word) == set.Contains(word.ToLowerInvariant()));
        });
    /// <summary>Asking for several words at once answers as asking for each.</summary>
    [Property(MaxTest = 300)]
    public Property Contains_any_answers_as_asking_for_each() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary(),
        Gen.SubListOf(Pieces).Where(words => words.Count > 0).ToArbitrary(),
        (text, words) =>
        {
            var document = Document.Parse(text);
            var any = new LowercaseWords(document).ContainsAny([.. words]);
            var each = new LowercaseWords(document);
            return any == words.Any(word => each.Contains(word));
        });
}
