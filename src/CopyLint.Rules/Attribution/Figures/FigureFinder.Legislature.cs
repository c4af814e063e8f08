using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// A legislature's figures of record: the business it passed or was tabled, its majority, and what a bill or budget that
/// is the subject of its clause provides.
/// </summary>
internal sealed partial class FigureFinder
{
    private readonly WordSet _chamberItems = WordSet.From(data, "figure-chamber-items");
    private readonly WordSet _chamberVerbs = WordSet.From(data, "figure-chamber-verbs");

    /// <summary>
    /// "after passing more than 800 bills", "with more than 1,000 amendments tabled by peers": a count of a chamber's
    /// business (figure-chamber-items.txt) with a verb of its procedure just before the figure or just after the noun
    /// (figure-chamber-verbs.txt) is in the chamber's own papers. "More than 800 bills are waiting" is judged.
    /// </summary>
    private bool IsChamberRecord(ReadOnlySpan<Token> t, int first, int end) =>
        end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && _chamberItems.Contains(t[end + 1].Text)
        && ((first > 0 && t[first - 1].Kind == TokenKind.Word && _chamberVerbs.Contains(t[first - 1].Text))
            || (end + 2 < t.Length && t[end + 2].Kind == TokenKind.Word && _chamberVerbs.Contains(t[end + 2].Text)));

    /// <summary>
    /// "Labour has a working majority of more than 160, so …": the size of a majority given after "of" and ending its
    /// phrase is the chamber's arithmetic. "a majority of about 300 voters" counts a group and stays a claim.
    /// </summary>
    private static bool IsMajorityOf(ReadOnlySpan<Token> t, int first, int end) =>
        IsWord(t, first - 1, "of") && (IsWord(t, first - 2, "majority") || IsWord(t, first - 2, "supermajority"))
        && (end + 1 >= t.Length || t[end + 1].Kind == TokenKind.Punctuation || IsWord(t, end + 1, "seats"));

    /// <summary>
    /// "The bill would keep most agencies funded …, while increasing defense spending by about $6 billion", "…, and the
    /// budget includes three staff positions at a cost of about $540,000 a year": a sum later in a clause whose subject is
    /// a bill or budget (figure-bill-nouns.txt) and whose verb says what it does is in the published text. What the bill
    /// would cost or save, or add to a deficit, is someone's estimate and stays a claim.
    /// </summary>
    private bool IsBillClause(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 1; k--)
        {
            if ((t[k].Kind == TokenKind.Punctuation && t[k].Text is ";" or ":") || (t[k].Kind == TokenKind.Word && ScoringWords.Contains(t[k].Text)))
            {
                return false;
            }

            if (t[k].Kind == TokenKind.Word && _words.BillNouns.Contains(t[k].Text) && IsClauseSubject(t, k))
            {
                var verb = k + 1;
                var modal = IsWord(t, verb, "would") || IsWord(t, verb, "will");
                return verb < first && t[verb].Kind == TokenKind.Word && BillVerbs.Contains(t[verb].Text)
                    && !(modal && verb + 1 < t.Length && t[verb + 1].Kind == TokenKind.Word && CostVerbs.Contains(t[verb + 1].Text));
            }
        }

        return false;
    }

    /// <summary>"The bill", or ", and the budget": a determiner opening the sentence or a clause after a comma and a conjunction.</summary>
    private static bool IsClauseSubject(ReadOnlySpan<Token> t, int noun) =>
        noun >= 1 && t[noun - 1].Text is "The" or "the" or "This" or "this" or "Its" or "its"
        && (noun == 1 || (noun >= 3 && t[noun - 2].Text is "and" or "but" or "while" && t[noun - 3].Text == ","));

    private static readonly WordSet BillVerbs = new(["would", "will", "includes", "included", "contains", "provides", "allocates", "earmarks", "sets"]);

    /// <summary>"would cost", "will save", "would add": what a bill does to the public purse, which a scorekeeper estimates.</summary>
    private static readonly WordSet CostVerbs = new(["cost", "save", "add", "raise"]);

    /// <summary>"…, adding about $3 trillion to the deficit over a decade, according to …": a score of the bill, not its text.</summary>
    private static readonly WordSet ScoringWords = new(["deficit", "deficits", "debt", "estimate", "estimated", "estimates", "projected", "savings"]);
}
