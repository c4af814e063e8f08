using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A figure dated to "the same period" as the figures above it.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "UK seafood exports were worth £2.1 billion in the first nine months of 2026, …, according to figures from Seafish."
    /// … "Imports were worth £3.4 billion over the same period, up 3 per cent.": a figure its sentence dates to "the same
    /// period" (after "over", "in", "during" or "for", closing its phrase) reads the dataset of the figures above, and takes
    /// the source of the last figure of its kind firmly sourced earlier in the story. "in the same period last year" is a
    /// comparison of its own, and a figure the copy calls estimated needs its own source; with no sourced figure above, it
    /// stays a claim.
    /// </summary>
    private static Cue? SamePeriodAsSourced(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found)
    {
        if (found.IsCalledEstimated || !NamesSamePeriod(SentenceTokens(map, found.Paragraph, found.Sentence)))
        {
            return null;
        }

        for (var j = before.Length - 1; j >= 0; j--)
        {
            if (before[j].Figure.Kind == found.Figure.Kind && before[j].Source is { Strength: CueStrength.Firm, IsGenericAgent: false } source)
            {
                return source;
            }
        }

        return null;
    }

    private static bool NamesSamePeriod(ReadOnlySpan<Token> t)
    {
        for (var k = 1; k + 2 < t.Length; k++)
        {
            if (t[k].IsIgnoreCase("the") && t[k + 1].IsIgnoreCase("same") && t[k + 2].IsIgnoreCase("period")
                && t[k - 1].Kind == TokenKind.Word && PeriodPrepositions.Contains(t[k - 1].Text)
                && (k + 3 == t.Length || t[k + 3].Kind is not (TokenKind.Word or TokenKind.Number)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PeriodPrepositions = new(["over", "in", "during", "for"]);
}
