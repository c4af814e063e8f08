using CopyLint.Rules.Attribution.Cues;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    /// <summary>
    /// "Dubai recorded its highest-ever value of property transactions in a single quarter …, according to data from the
    /// Dubai Land Department." above "There were 59,064 residential sales worth Dh163.5 billion …": a lede that gives no
    /// claimed figure ("in the three months to September" is none) but closes on the data the story reports ("according
    /// to" a noun of rules/lists/quote-data-sources.txt, in a sentence with a firm source) sources the figures of the first
    /// sentence of the paragraph below. The source, or null: a lede with figures of its own hands on its source by
    /// <see cref="Continued"/>, and the data lede reaches no further down the story.
    /// </summary>
    private Cue? DataLedeAbove(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure figure)
    {
        var lede = FirstBodyParagraph(map);
        var next = lede + 1;
        while (next < map.Paragraphs.Length && map.Paragraphs[next].IsHeading)
        {
            next++;
        }

        if (figure.Sentence != 0 || figure.Paragraph != next)
        {
            return null;
        }

        foreach (ref readonly var earlier in before)
        {
            if (earlier.Paragraph == lede && earlier.IsClaim)
            {
                return null;
            }
        }

        var last = map.Paragraphs[lede].Sentences.Count - 1;
        return last >= 0 && map.Paragraphs[lede].CueOf(last) is { Strength: CueStrength.Firm } cue && _dataSources.IsCitedIn(SentenceTokens(map, lede, last)) ? cue : null;
    }
}
