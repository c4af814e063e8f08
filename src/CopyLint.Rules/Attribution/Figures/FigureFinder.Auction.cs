using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A lot's estimate, which the auction house prints in its catalogue.
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "had been estimated at €400,000 to €600,000 in the Old Masters sale at Veldhuis Auctioneers": either end of a range
    /// a thing "was estimated at", in a sentence of the saleroom (figure-auction-words.txt), is the auction house's published
    /// estimate, a figure of record. "The damage was estimated at £6m to £9m" is still hedged.
    /// </summary>
    private bool IsPresaleEstimate(ReadOnlySpan<Token> t, int first, int end)
    {
        var low = IsRangeLink(t, first - 1) && first >= 2 && t[first - 2].Kind == TokenKind.Number ? first - 2
            : IsRangeLink(t, end + 1) && end + 2 < t.Length && t[end + 2].Kind == TokenKind.Number ? first
            : -1;
        low = IsWord(t, low - 1, "between") ? low - 1 : low;
        if (low < 2 || !IsWord(t, low - 1, "at") || !IsWord(t, low - 2, "estimated"))
        {
            return false;
        }

        foreach (var token in t)
        {
            if (token.Kind == TokenKind.Word && _words.AuctionWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRangeLink(ReadOnlySpan<Token> t, int at) =>
        IsWord(t, at, "to") || IsWord(t, at, "and") || ((uint)at < (uint)t.Length && t[at].Kind == TokenKind.Dash);
}
