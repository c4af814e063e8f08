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
