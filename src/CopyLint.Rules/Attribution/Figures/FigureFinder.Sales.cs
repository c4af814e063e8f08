using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A company's or a product's reported sales.
internal sealed partial class FigureFinder
{
    private readonly WordSet _earningVerbs = WordSet.From(data, "figure-earning-verbs");

    /// <summary>
    /// "Keytruda generated nearly $29.5 billion in sales last year", "the unit posted about $3 billion in revenue": a sum
    /// "in sales" or "in revenue" straight after a verb of earning in the past or present (figure-earning-verbs.txt) is
    /// from the published accounts. "lost $50 million in sales" and "could generate $1 billion in sales" stay claims.
    /// </summary>
    private bool IsReportedSales(ReadOnlySpan<Token> t, int first, int end)
    {
        var verb = first - 1 - CurrencyPrefix(t, first);
        return verb >= 1 && t[verb].Kind == TokenKind.Word && _earningVerbs.Contains(t[verb].Text) && !IsWord(t, verb - 1, "could") && !IsWord(t, verb - 1, "would")
            && IsWord(t, end + 1, "in") && end + 2 < t.Length && SalesNouns.Contains(t[end + 2].Text);
    }

    private static readonly WordSet SalesNouns = new(["sales", "revenue", "revenues"]);
}
