using CopyLint.Rules.Attribution.Figures;

namespace CopyLint.Rules.Attribution;

// A paragraph that opens on a rounded count of something new.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "Chiang said the city had evacuated 180 residents." then "More than 12,000 households lost power.": a paragraph
    /// whose first sentence opens on a rounded count starts a claim of its own about what it counts, so it continues only a
    /// sourced count of the same thing. Returns the word the count counts, or null when the figure is no such count.
    /// </summary>
    private static string? OpeningCount(SourceMap map, in FoundFigure found) =>
        found.Figure is { Kind: FigureKind.Count, IsEstimate: true, FirstToken: 0 }
            ? FigureFinder.CountedWord(SentenceTokens(map, found.Paragraph, found.Sentence), found.Figure)
            : null;

    /// <summary>
    /// Whether <paramref name="earlier"/> counts another thing than <paramref name="counted"/> (null asks nothing): its
    /// sentence does not name that word ("35 million foreign visitors" above "About 30 million visitors" is one thing).
    /// </summary>
    private static bool CountsAnother(SourceMap map, in FoundFigure earlier, string? counted)
    {
        if (counted is null)
        {
            return false;
        }

        var t = SentenceTokens(map, earlier.Paragraph, earlier.Sentence);
        return FigureFinder.CountedWord(t, earlier.Figure) is { } other
            && !other.Equals(counted, StringComparison.OrdinalIgnoreCase) && !Names(t, counted);
    }
}
