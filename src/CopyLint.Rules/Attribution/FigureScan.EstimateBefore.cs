using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A figure the copy calls estimated that goes on with the estimates its source gave in the sentence before.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "…pushing the estimated jackpot to $820 million, according to the Multi-State Lottery Association. The cash option is
    /// an estimated $378 million.": a sentence before that gives an estimate of the same kind with its firm source sources
    /// the estimate that goes on from it, as does one whose figure of that kind is itself rounded ("About 1.23 million people
    /// died …, the WHO said …. An estimated 10.7 million people fell ill"); <see cref="OwnSentenceForEstimated"/> keeps a source that speaks of something
    /// else ("The contract is worth RM412 million, according to the ministry. An estimated 300 foreign vessels …") from
    /// reaching it. <paramref name="source"/> is the figure's source in reach; null unless it is that sentence's.
    /// </summary>
    private static Cue? EstimateOfSentenceBefore(Cue? source, List<FoundFigure> found, int p, int s, ReadOnlySpan<Token> previous, Figure figure)
    {
        if (source is not { Strength: CueStrength.Firm } || previous.IsEmpty || source.Span.Start < previous[0].Span.Start || source.Span.End > previous[^1].Span.End)
        {
            return null;
        }

        var estimates = SpeaksOfEstimate(previous);
        for (var j = found.Count - 1; j >= 0 && found[j].Paragraph == p && found[j].Sentence == s - 1; j--)
        {
            // "About 1.23 million people died of TB in 2024, the WHO said in its annual report. An estimated 10.7 million
            // people fell ill": a rounded figure of its own is the source's estimate too.
            if (found[j].Figure.Kind == figure.Kind && found[j].Source == source && (estimates || found[j].Figure.IsEstimate))
            {
                return source;
            }
        }

        return null;
    }

    private static bool SpeaksOfEstimate(ReadOnlySpan<Token> sentence)
    {
        foreach (var token in sentence)
        {
            if (token.Kind == TokenKind.Word && EstimateNouns.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet EstimateNouns = new(["estimate", "estimates", "estimated"]);
}
