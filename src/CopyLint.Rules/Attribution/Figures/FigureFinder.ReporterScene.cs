using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// What the paper's own reporter saw on a visit.
internal sealed partial class FigureFinder
{
    private readonly WordSet _outletNameWords = WordSet.From(data, "outlet-name-words");

    /// <summary>
    /// "At a clothing factory in Belmont visited by The Herald yesterday, about 200 workers were sewing…", "when the
    /// Herald visited on Monday": a sentence that puts the outlet at the scene reports what its reporter saw, and the
    /// outlet is the source. "visited by the minister" names no outlet (rules/lists/outlet-name-words.txt).
    /// </summary>
    private bool IsOutletsOwnVisit(ReadOnlySpan<Token> t)
    {
        for (var k = 1; k < t.Length; k++)
        {
            if (!IsWord(t, k, "visited"))
            {
                continue;
            }

            if (IsWord(t, k + 1, "by") && OutletEndsAt(t, k + 2) is var last && last > 0)
            {
                return true;
            }

            if (t[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true } && _outletNameWords.Contains(t[k - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last word of a capitalised outlet name from <paramref name="from"/> ("The Herald", "the Daily Mail"), or -1.</summary>
    private int OutletEndsAt(ReadOnlySpan<Token> t, int from)
    {
        var k = IsWord(t, from, "the") ? from + 1 : from;
        var last = -1;
        for (; k < t.Length && t[k] is { Kind: TokenKind.Word, IsCapitalized: true }; k++)
        {
            last = _outletNameWords.Contains(t[k].Text) ? k : -1;
        }

        return last;
    }
}
