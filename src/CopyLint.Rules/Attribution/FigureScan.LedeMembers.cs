using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    /// <summary>
    /// "About 3,200 Boeing defence workers in the St. Louis area voted to ratify a new contract" above "Members of the
    /// International Association of Machinists … approved the five-year agreement, …, the union said": a lede that opens on
    /// a headcount (not a toll) counts the people the next paragraph's first sentence, firmly sourced, opens on again
    /// ("Members of …", or the lede's own noun: "The workers …"). The source of that sentence, or null: one that opens on
    /// anything else ("The agreement includes …, the union said") sources nothing of the lede.
    /// </summary>
    private Cue? MembersSourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede, Figure figure)
    {
        if (figure.Kind != FigureKind.Count || !OpensLede(lede, figure.FirstToken) || CountedPeople(lede, figure) is not { } people
            || _figures.IsToll(lede, figure) || FirmActiveOpening(map, p) is not { } cue)
        {
            return null;
        }

        var paragraph = map.Paragraphs[p];
        var (offset, length) = paragraph.Sentences[0].GetOffsetAndLength(paragraph.Tokens.Length);
        var t = paragraph.Tokens.Slice(offset, length);
        var k = t.Length > 0 && t[0].IsIgnoreCase("the") ? 1 : 0;
        return k + 1 < t.Length && ((t[k].IsIgnoreCase("members") && t[k + 1].IsIgnoreCase("of")) || t[k].IsIgnoreCase(people)) ? cue : null;
    }

    /// <summary>The figure opens the lede's copy: first, or straight after a dateline's dash or colon ("Nov 13 (Reuters) - About 3,200").</summary>
    private static bool OpensLede(ReadOnlySpan<Token> lede, int first) =>
        first == 0 || (first <= MaxDatelineTokens && (lede[first - 1].Kind == TokenKind.Dash || lede[first - 1].Text is ":" or "-" or "—" or "–"));

    private const int MaxDatelineTokens = 12;

    /// <summary>
    /// "About 3,200 Boeing defence workers": the plural noun a few words after the figure that names whom it counts, or null.
    /// </summary>
    private static string? CountedPeople(ReadOnlySpan<Token> lede, Figure figure)
    {
        for (var k = figure.LastToken + 1; k < lede.Length && k <= figure.LastToken + MaxCountedWords && lede[k].Kind == TokenKind.Word; k++)
        {
            var word = lede[k].Text;
            if (!lede[k].IsCapitalized && word.Length > 3 && word[^1] == 's')
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Words from the figure to its noun: "3,200 [Boeing defence] workers".</summary>
    private const int MaxCountedWords = 3;
}
