using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

/// <summary>
/// How tokens are stored changes nothing they say: a token keeps its start and its text, and the span's length is the
/// text's.
/// </summary>
public sealed class TokenStorageTests
{
    // Words of every length, case and shape, with the separators that end them.
    private static readonly string[] Words =
    [
        "the", "The", "THE", "tHe", "thee", "then", "than", "thin", "there", "these", "those", "three", "thrEe", "where",
        "while", "whole", "said", "Said", "saids", "sad", "has", "his", "hes", "government", "governments", "according",
        "Mr", "Mrs", "Ms", "mr", "I", "i", "a", "A", "an", "An", "ab", "Kim's", "long-term", "U.S.", "it", "It", "its", "it's",
        "police", "people", "policy", "été", "Été",
    ];

    private static readonly string[] Separators = [" ", ", ", ". ", "\n", "-", "'", "’", ""];

    private static Arbitrary<string> Copy() =>
        Gen.ArrayOf(Gen.Elements(Words).SelectMany(w => Gen.Elements(Separators).Select(s => w + s)))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Every_token_is_the_source_text_at_its_span() =>
        Prop.ForAll(Copy(), text => Document.Parse(text).Tokens.All(t =>
            t.Span.Length == t.Text.Length && t.Text == text.Substring(t.Span.Start, t.Span.Length)));

    [Property(MaxTest = 300)]
    public Property A_tokens_start_is_its_spans_start() =>
        Prop.ForAll(Copy(), text => Document.Parse(text).Tokens.All(t => t.Start == t.Span.Start && t.Start == text.IndexOf(t.Text, t.Start, StringComparison.Ordinal)));

    /// <summary>
    /// The scanner finds the end of a run of ASCII letters and digits eight characters at a time, then by a vectorised
    /// search: at every position of any text, of any length, it ends where a loop over the characters would.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property Runs_of_letters_and_digits_end_where_a_loop_ends_them() =>
        Prop.ForAll(RunsOfCharacters(), text => Enumerable.Range(0, text.Length + 1).All(i => TokenScanner.AsciiRunEnd(text, i) == LoopRunEnd(text, i)));

    private static int LoopRunEnd(string text, int index)
    {
        while (index < text.Length && char.IsAsciiLetterOrDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    // Runs of every length from 0 to 40, of the characters at the edges of the ranges and past ASCII.
    private static Arbitrary<string> RunsOfCharacters() =>
        Gen.ArrayOf(Gen.Elements("aAzZ09mQ5".ToCharArray()).ArrayOf().Select(run => new string(run[..Math.Min(run.Length, 40)]))
            .SelectMany(run => Gen.Elements(" @[`{/:\u00e9\u0141\u0161\u2019-.'".ToCharArray()).Select(end => run + end)))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Runs_of_letters_and_digits_end_where_they_end_at_any_length()
    {
        const string text = "Supercalifragilisticexpialidocious, G20summit2025abcdefghijklmnop café naïve x Kim's ab";
        var words = Document.Parse(text).Tokens.Where(t => t.IsWordLike).Select(t => t.Text);

        Assert.Equal(["Supercalifragilisticexpialidocious", "G20summit2025abcdefghijklmnop", "café", "naïve", "x", "Kim's", "ab"], words);
    }

    [Fact]
    public void A_token_is_equal_by_kind_span_and_text()
    {
        var token = new Token(TokenKind.Word, new TextSpan(4, 3), "the");

        Assert.Equal(new TextSpan(4, 3), token.Span);
        Assert.Equal(new Token(TokenKind.Word, new TextSpan(4, 3), "the"), token);
        Assert.NotEqual(new Token(TokenKind.Word, new TextSpan(5, 3), "the"), token);
        Assert.NotEqual(new Token(TokenKind.Punctuation, new TextSpan(4, 3), "the"), token);
        Assert.NotEqual(new Token(TokenKind.Word, new TextSpan(4, 3), "The"), token);
        Assert.Equal(default, default(Token).Span);
    }
}
