using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;

namespace CopyLint.Rules.Attribution;

// A figure the story already gave with its source, said again.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "Australia let in a million migrants last year alone," a candidate posted; then "Even the arrivals figure … falls well
    /// short of a million" and "The claim that Australia let in a million migrants last year is false": a figure restating one
    /// of the same kind and value firmly sourced earlier in the story (a quoted claim, a reported count) takes that source, when it
    /// counts nothing or the same thing. "A million people are on waiting lists" after "a million homes" is a new claim.
    /// </summary>
    private static Cue? Restated(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found)
    {
        string? counted = null;
        var read = false;
        for (var j = before.Length - 1; j >= 0; j--)
        {
            ref readonly var earlier = ref before[j];
            if (earlier.Source is not { Strength: CueStrength.Firm } || earlier.Figure.Kind != found.Figure.Kind || earlier.Figure.Value != found.Figure.Value)
            {
                continue;
            }

            if (!read)
            {
                (counted, read) = (FigureFinder.CountedWord(SentenceTokens(map, found.Paragraph, found.Sentence), found.Figure), true);
            }

            if (counted is null || string.Equals(counted, FigureFinder.CountedWord(SentenceTokens(map, earlier.Paragraph, earlier.Sentence), earlier.Figure), StringComparison.OrdinalIgnoreCase))
            {
                return earlier.Source;
            }
        }

        return null;
    }

    /// <summary>Whether a figure is the difference or the remainder of figures in its paragraph before it or the paragraph before (<see cref="FigureFinder.IsWorkedOut"/>).</summary>
    private bool IsWorkedOut(SourceMap map, in FoundFigure found)
    {
        var paragraph = map.Paragraphs[found.Paragraph];
        var (offset, _) = paragraph.Sentences[found.Sentence].GetOffsetAndLength(paragraph.Tokens.Length);
        var earlier = found.Paragraph > 0 && !map.Paragraphs[found.Paragraph - 1].IsHeading ? map.Paragraphs[found.Paragraph - 1].Tokens : default;
        return _figures.IsWorkedOut(SentenceTokens(map, found.Paragraph, found.Sentence), found.Figure, earlier, paragraph.Tokens[..(offset + found.Figure.FirstToken)]);
    }
}
