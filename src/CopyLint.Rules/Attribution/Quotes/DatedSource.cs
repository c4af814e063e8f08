using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A fact-check's source line under the claim it checks: the quoted claim stands alone, and the next paragraph opens
/// with where it was said and when, a fragment ending in a date after a comma ('Post on X by a minor party candidate,
/// February 2, 2025.', 'Facebook post, 10 May 2024.', 'Pauline Hanson, Senate speech, March 7.'). The fragment names a
/// medium (rules/lists/quote-source-media.txt) or opens with a name; 'Polls closed on February 2.' and 'The vote was
/// on Monday, February 2.' are prose, not a source line.
/// </summary>
internal sealed class DatedSource(RuleDataSet data)
{
    private const int MaxWords = 20;

    private readonly WordSet _media = WordSet.From(data, "quote-source-media");
    private readonly WordSet _months = WordSet.From(data, "months");

    /// <summary>Whether the first sentence of <paramref name="tokens"/> (<paramref name="sentence"/>) is a dated source line.</summary>
    public bool Opens(ReadOnlySpan<Token> tokens, Range sentence)
    {
        var line = tokens[sentence];
        if (line.Length < 5 || line[^1].Text != ".")
        {
            return false;
        }

        var comma = DateStart(line[..^1]) - 1;
        if (comma < 1 || line[comma].Text != "," || DateTokens.IsWeekday(line[comma - 1].Text))
        {
            return false;
        }

        var source = line[..comma];
        var words = 0;
        var medium = false;
        foreach (var token in source)
        {
            if (token.Kind == TokenKind.Quote || (token.IsWordLike && ++words > MaxWords))
            {
                return false;
            }

            medium |= token.Kind == TokenKind.Word && _media.Contains(token.Text);
        }

        return medium || OpensWithName(source);
    }

    /// <summary>'Pauline Hanson,': capitalised words only, two or more, up to the first comma.</summary>
    private static bool OpensWithName(ReadOnlySpan<Token> source)
    {
        var k = 0;
        while (k < source.Length && source[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k++;
        }

        return k >= 2 && (k == source.Length || source[k].Text == ",");
    }

    /// <summary>Where a date that ends <paramref name="tokens"/> starts ('February 2, 2025', '2 February 2025', 'March 7', 'May 2024'); -1 if none does.</summary>
    private int DateStart(ReadOnlySpan<Token> tokens)
    {
        var k = tokens.Length - 1;
        var year = k >= 0 && DateTokens.IsYear(tokens[k]);
        if (year)
        {
            k--;
            if (k >= 0 && tokens[k].Text == ",")
            {
                k--;
            }
        }

        if (k >= 1 && DateTokens.IsDay(tokens[k]) && IsMonth(tokens[k - 1]))
        {
            return k - 1;
        }

        if (k >= 1 && IsMonth(tokens[k]) && DateTokens.IsDay(tokens[k - 1]))
        {
            return k - 1;
        }

        return year && k >= 0 && IsMonth(tokens[k]) ? k : -1;
    }

    private bool IsMonth(Token token) => token.Kind == TokenKind.Word && _months.Contains(token.Text);
}
