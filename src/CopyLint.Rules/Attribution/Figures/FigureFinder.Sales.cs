using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A company's or a product's reported sales, and a carrier's or an airport's reported traffic.
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

    /// <summary>
    /// "which together accounted for about a third of its $48 billion in revenue last year": a share of the company's own
    /// sales, given with their sum, is the reporter's arithmetic on its published accounts, as "about 88% of its revenue"
    /// is. "about a third of the $48 billion in damage" stays a claim.
    /// </summary>
    private static bool IsShareOfOwnSales(ReadOnlySpan<Token> t, int end)
    {
        if (!IsWord(t, end + 1, "of") || !(IsWord(t, end + 2, "its") || IsWord(t, end + 2, "their")) || end + 3 >= t.Length || t[end + 3].Kind != TokenKind.Number)
        {
            return false;
        }

        var next = IsWord(t, end + 4, "million") || IsWord(t, end + 4, "billion") ? end + 5 : end + 4;
        return IsWord(t, next, "in") && next + 1 < t.Length && SalesNouns.Contains(t[next + 1].Text);
    }

    /// <summary>
    /// "Addis Ababa Bole International handled about 17 million passengers last year": the traffic a port, an airport or
    /// a carrier handled or carried in a past year, a verb of handling straight before it and the year straight after what
    /// it counts, is the annual statistic it publishes. "will handle about 60 million passengers" and "handled about 500
    /// passengers on Sunday" stay claims.
    /// </summary>
    private static bool IsReportedTraffic(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first < 1 || t[first - 1].Kind != TokenKind.Word || !TrafficVerbs.Contains(t[first - 1].Text))
        {
            return false;
        }

        var noun = IsWord(t, end + 1, "million") ? end + 2 : end + 1;
        return noun + 2 < t.Length && t[noun].Kind == TokenKind.Word && TrafficNouns.Contains(t[noun].Text)
            && ((IsWord(t, noun + 1, "last") && IsWord(t, noun + 2, "year")) || (IsWord(t, noun + 1, "in") && t[noun + 2].Kind == TokenKind.Number && t[noun + 2].Text.Length == 4));
    }

    private static readonly WordSet TrafficVerbs = new(["handled", "carried", "served"]);

    private static readonly WordSet TrafficNouns = new(["passengers", "travellers", "travelers", "containers", "TEU", "TEUs", "tonnes"]);
}
