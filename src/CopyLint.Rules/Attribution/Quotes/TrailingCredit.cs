using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// CL3003's trailing credit: in a column of quotes ("Quotes of the weekend") each paragraph is a quotation and, after
/// it on the same line, its speaker with no verb ('"Nine wins from ten." Manchester Thunder head coach Karen
/// Atherton-Shaw.'). Read only in a run of two or more such paragraphs: a lone quotation with a sentence after it is
/// running copy, whose quotation needs a speaker.
/// </summary>
internal sealed class TrailingCredit(RuleDataSet data)
{
    private const int MaxCreditTokens = 20;

    private readonly NameRun _names = new(data);

    /// <summary>Whether paragraph <paramref name="p"/> is quotation and credit, and a paragraph beside it is too.</summary>
    public bool Credits(SourceMap map, int p, Quotation quotation) =>
        IsCredited(map.Paragraphs[p].Tokens, quotation) && (IsCreditedParagraph(map, p - 1) || IsCreditedParagraph(map, p + 1));

    private bool IsCreditedParagraph(SourceMap map, int p) =>
        p >= 0 && p < map.Paragraphs.Length && map.Paragraphs[p] is { IsHeading: false, Quotations: [var first, ..] } paragraph
        && IsCredited(paragraph.Tokens, first);

    /// <summary>The quotation opens its paragraph, and a name, ending the paragraph with one full stop, follows it.</summary>
    private bool IsCredited(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        if (!quotation.IsClosed(tokens.Length) || !quotation.OpensParagraph(tokens))
        {
            return false;
        }

        var credit = tokens[(quotation.Close + 1)..];
        if (credit.Length < 3 || credit.Length > MaxCreditTokens || credit[0] is not { Kind: TokenKind.Word, IsCapitalized: true } || credit[^1].Text != ".")
        {
            return false;
        }

        foreach (var token in credit[..^1])
        {
            if (token.Kind == TokenKind.Quote || token.Text is "." or "!" or "?" or ":")
            {
                return false;
            }
        }

        return _names.In(credit[..^1]);
    }
}
