using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// The market value a share move wiped out or added.
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Shares of Novo fell more than 20% in Copenhagen after the announcement, wiping out roughly $100 billion in market
    /// value": a sum of market value (a few words after it) in a sentence of market data (figure-record-market.txt) is the
    /// share move priced, a matter of record. "wiping out roughly $100 billion in market value" with no market word in the
    /// sentence, and a hedged one ("reportedly erasing"), stay claims.
    /// </summary>
    private bool IsMarketValueMove(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 1; k + 1 < t.Length && k <= end + MarketValueWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            if (t[k].IsIgnoreCase("market") && t[k + 1].Kind == TokenKind.Word && MarketValueNouns.Contains(t[k + 1].Text))
            {
                return IsMarketData(t);
            }
        }

        return false;
    }

    private const int MarketValueWordsAfter = 4;

    /// <summary>The noun after "market" that makes it a company's market value: "market value", "market capitalisation".</summary>
    private static readonly WordSet MarketValueNouns = new(["value", "cap", "capitalisation", "capitalization"]);
}
