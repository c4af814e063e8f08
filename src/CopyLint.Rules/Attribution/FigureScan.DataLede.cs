using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    /// <summary>
    /// "Dubai recorded its highest-ever value of property transactions in a single quarter …, according to data from the
    /// Dubai Land Department." above "There were 59,064 residential sales worth Dh163.5 billion …": a lede that gives no
    /// claimed figure ("in the three months to September" is none) but closes on the data the story reports ("according
    /// to" a noun of rules/lists/quote-data-sources.txt, in a sentence with a firm source) sources the figures of the first
    /// sentence of the paragraph below, and of each later sentence there while every sentence before it holds a number
    /// ("There were 412 permanent exclusions …, up from 338. Suspensions … rose by 14 per cent to more than 26,000."). The
    /// source, or null: a lede with figures of its own hands on its source by
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

        if (figure.Paragraph != next || (figure.Sentence != 0 && !IsDataRunBefore(map, next, figure.Sentence)))
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

    /// <summary>Whether each sentence of <paramref name="paragraph"/> before <paramref name="sentence"/> holds a number: the paragraph is still a run of the data's figures.</summary>
    private static bool IsDataRunBefore(SourceMap map, int paragraph, int sentence)
    {
        for (var s = 0; s < sentence; s++)
        {
            var holdsNumber = false;
            foreach (var token in SentenceTokens(map, paragraph, s))
            {
                if (token.Kind == TokenKind.Number)
                {
                    holdsNumber = true;
                    break;
                }
            }

            if (!holdsNumber)
            {
                return false;
            }
        }

        return true;
    }
}
