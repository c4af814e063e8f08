using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A top-level quotation in a paragraph's content tokens: <see cref="Open"/> is the opening mark's index,
/// <see cref="Close"/> the closing mark's, or the token count when the quotation runs on past the paragraph
/// (the convention for a quote that continues in the next paragraph).
/// </summary>
internal readonly record struct Quotation(int Open, int Close, int Words)
{
    public bool IsClosed(int tokenCount) => Close < tokenCount;

    /// <summary>Whether only markup (a block quote's '>') stands before the quotation in its paragraph's <paramref name="tokens"/>.</summary>
    public bool OpensParagraph(ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < Open; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Symbol or TokenKind.Punctuation))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the quotation is closed and is all its paragraph holds, markup and punctuation aside.</summary>
    public bool StandsAlone(ReadOnlySpan<Token> tokens)
    {
        if (!IsClosed(tokens.Length) || !OpensParagraph(tokens))
        {
            return false;
        }

        for (var k = Close + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Symbol or TokenKind.Punctuation))
            {
                return false;
            }
        }

        return true;
    }
}
