using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// The cap of a deal's announced terms.
internal sealed partial class FigureFinder
{
    private readonly WordSet _dealVerbs = WordSet.From(data, "figure-deal-verbs");
    private readonly WordSet _milestoneNouns = WordSet.From(data, "figure-milestone-nouns");

    /// <summary>
    /// "which AbbVie agreed to buy for up to $2.1 billion", "a deal worth up to $4 billion", "could receive up to $4.6
    /// billion more in milestone payments": "up to" a sum after "for" and a verb of buying (figure-deal-verbs.txt) a few
    /// words before, after a deal's "worth", or with a milestone noun a few words after (figure-milestone-nouns.txt), is the
    /// deal's announced cap. "could cost up to $2 billion" and "damage worth up to $3bn" stay claims.
    /// </summary>
    private bool IsDealCap(ReadOnlySpan<Token> t, int first, int end)
    {
        if (!t[first].IsIgnoreCase("up"))
        {
            return false;
        }

        if (IsWord(t, first - 1, "worth"))
        {
            return IsDealValue(t, first - 1);
        }

        for (var k = end + 1; k < t.Length && k <= end + DealWordsAround && t[k].Kind == TokenKind.Word; k++)
        {
            if (_milestoneNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        if (!IsWord(t, first - 1, "for"))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && k >= first - 1 - DealWordsAround && t[k].Kind == TokenKind.Word; k--)
        {
            if (_dealVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int DealWordsAround = 4;

    /// <summary>
    /// "has orders for up to 300 of the larger 737 MAX 10", "a contract for up to 50 trains": "up to" a count straight after
    /// a deal noun (figure-deal-nouns.txt) and "for" is the order's firm part with its options, the order book on record.
    /// "could need up to 300 jets" stays a claim.
    /// </summary>
    private bool IsOrderCap(ReadOnlySpan<Token> t, int first) =>
        t[first].IsIgnoreCase("up") && IsWord(t, first - 1, "for") && first >= 2 && t[first - 2].Kind == TokenKind.Word && _words.DealNouns.Contains(t[first - 2].Text);

    /// <summary>
    /// "a Series C that values it at more than €1bn", "a deal valuing the group at about $2bn": the valuation a round or a
    /// deal sets, in the present as "valued at" is in the past (figure-record-context.txt), is its announced term.
    /// "is now worth more than €1bn" stays a claim.
    /// </summary>
    private static bool IsValuationTerm(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "at"))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && k >= first - 2 - DealWordsAround && t[k].Kind == TokenKind.Word; k--)
        {
            if (t[k].Text is "values" or "valuing")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "which brings the company's total funding to about $24 million", "taking its total funding to more than $50m": a
    /// company's funding to date, the sum of its announced rounds. "brings the losses to about $24 million" stays a claim.
    /// </summary>
    private static bool IsTotalFunding(ReadOnlySpan<Token> t, int first) =>
        IsWord(t, first - 1, "to") && IsWord(t, first - 2, "funding") && IsWord(t, first - 3, "total");
}
