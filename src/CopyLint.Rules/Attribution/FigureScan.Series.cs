using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A paragraph that opens by comparing the sourced figure just given with its earlier values.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "…595,820 people were waiting, according to the fund." then "That is down from 632,400 in January, and from a peak of
    /// more than 700,000 in early 2023.": a paragraph opening "That is down from" (<see cref="IsComparisonOpener"/>) gives
    /// earlier values of the series the paragraph before sourced, so its figure takes the source of that paragraph's last
    /// sentence's figure of its kind, exact or not. Null when that sentence sourced none or the paragraph opens otherwise.
    /// </summary>
    private Cue? EarlierInSeries(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found) =>
        IsComparisonOpener(SentenceTokens(map, found.Paragraph, 0)) ? Continued(map, before, found.Paragraph, found.Figure.Kind, exact: true) : null;

    /// <summary>"That is down from", "This was up from", "That's lower than": the figure just given, compared with another.</summary>
    private static bool IsComparisonOpener(ReadOnlySpan<Token> t)
    {
        var o = t.Length > 0 && t[0].Text is "•" or "-" or "*" or "–" ? 1 : 0;
        var verb = t.Length > o + 1 && t[o].Text is "That's" or "That’s" ? o : o + 1;
        return t.Length > verb + 2 && (verb == o || (t[o].Text is "That" or "This" && t[verb].Text is "is" or "was"))
            && ComparisonMoves.Contains(t[verb + 1].Text)
            && t[verb + 2].Text is "from" or "than" or "on";
    }

    /// <summary>The move of a comparison that opens a paragraph: "That is down from", "This was higher than".</summary>
    private static readonly WordSet ComparisonMoves = new(["up", "down", "higher", "lower", "more", "fewer", "less"]);
}
