using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

public sealed class TokenizerProperties
{
    /// <summary>Characters that exercise every branch of the scanner, so generated strings look like messy copy.</summary>
    private static readonly char[] Alphabet =
        "aZk0 9.,;:!?'\"“”‘’-–—/@#$£%<>!\r\n\t\u00a0éü한国h:/wtcop(){}[]…&*".ToCharArray();

    private static Arbitrary<string> CopyLike() =>
        Gen.ArrayOf(Gen.Elements(Alphabet)).Select(chars => new string(chars)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Tokens_cover_any_text_exactly_in_order() => Prop.ForAll(CopyLike(), CoversExactly);

    [Property(MaxTest = 300)]
    public bool Tokens_cover_arbitrary_unicode_exactly(string? text) => CoversExactly(text ?? string.Empty);

    private static bool CoversExactly(string text)
    {
        var position = 0;
        foreach (var token in NewsTokenizer.Instance.TokenizeText(text))
        {
            if (token.Span.Start != position || token.Span.Length <= 0 || token.Text != text.Substring(token.Span.Start, token.Span.Length))
            {
                return false;
            }

            position = token.Span.End;
        }

        return position == text.Length;
    }
}
