using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A paragraph that carries on a run of sourced data from the paragraph before.
internal sealed partial class FigureScan
{
    /// <summary>
    /// A run of figures of one kind that opens a paragraph with no source of its own and continues the sourced figures
    /// ending the paragraph before ("Values in Sydney rose 0.7 per cent, according to Cotality. National values rose 1
    /// per cent." then "Perth led with a 1.9 per cent rise. Melbourne values rose 0.4 per cent, leaving them about 1.5
    /// per cent below their peak."). The run lasts while each next sentence of the paragraph holds a figure of its kind
    /// and no source; it sources a later sentence's figure only behind a figure of its kind in the same sentence, the
    /// data it derives from. A lone estimate in a sentence of its own ("About 40 per cent of buyers were investors.")
    /// is a claim of its own.
    /// </summary>
    /// <summary>
    /// "A total of 520,085 people crossed last year, according to government figures. More than 60% were Venezuelans. So
    /// far this year, the total is about 270,000.": a run of sentences of data in one paragraph carries the firm source
    /// of its first figure to a later figure of the same kind in a sentence that names the same series again ("the
    /// total" after "A total of"), while every sentence between holds a figure sourced only from its neighbour. A
    /// sentence with no figure, or with an unsourced one, ends the run; a new statistic ("Bills will rise by about £150")
    /// and a figure the copy calls estimated need a source of their own. Null when no run reaches <paramref name="found"/>.
    /// </summary>
    private static Cue? EarlierInParagraphRun(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found)
    {
        var sentence = found.Sentence;
        for (var j = before.Length - 1; j >= 0 && before[j].Paragraph == found.Paragraph; j--)
        {
            ref readonly var b = ref before[j];
            if (b.Sentence == found.Sentence || b.Sentence < sentence - 1 || b.Source is null)
            {
                return null;
            }

            sentence = b.Sentence;
            if (b.Sentence < found.Sentence && b.Figure.Kind == found.Figure.Kind && b.Source is { Strength: CueStrength.Firm })
            {
                var sentenceTokens = SentenceTokens(map, found.Paragraph, found.Sentence);
                return IsCalledEstimated(sentenceTokens, found.Figure) || !NamesAgain(sentenceTokens, SentenceTokens(map, b.Paragraph, b.Sentence)) ? null : b.Source;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="later"/> has "the" and a lower-case word that <paramref name="earlier"/> has too ("the total").</summary>
    private static bool NamesAgain(ReadOnlySpan<Token> later, ReadOnlySpan<Token> earlier)
    {
        for (var k = 1; k < later.Length; k++)
        {
            if (later[k - 1].IsIgnoreCase("the") && later[k].Kind == TokenKind.Word && char.IsLower(later[k].Text[0]))
            {
                foreach (var word in earlier)
                {
                    if (word.Text == later[k].Text)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private readonly record struct Run(int Paragraph, int Sentence, FigureKind Kind, Cue? Source)
    {
        /// <summary>The run after reading figure <paramref name="k"/> of <paramref name="found"/>.</summary>
        public Run Next(FigureScan scan, SourceMap map, ReadOnlySpan<FoundFigure> found, int k)
        {
            ref readonly var f = ref found[k];
            if (f.Paragraph != Paragraph || k == 0)
            {
                var source = f.Sentence == 0 && f.Source is null ? scan.Continued(map, found[..k], f.Paragraph, f.Figure.Kind, exact: true) : null;
                return new Run(f.Paragraph, 0, f.Figure.Kind, source);
            }

            var carries = Source is not null && f.Source is null && f.Figure.Kind == Kind && f.Sentence <= Sentence + 1;
            return carries ? this with { Sentence = f.Sentence } : this with { Source = null };
        }

        /// <summary>The run's source for figure <paramref name="k"/>, in a later sentence behind a figure of the run's kind, or null.</summary>
        public Cue? SourceFor(ReadOnlySpan<FoundFigure> found, int k)
        {
            ref readonly var f = ref found[k];
            if (Source is null || f.Sentence == 0 || f.Paragraph != Paragraph)
            {
                return null;
            }

            ref readonly var previous = ref found[k - 1];
            return previous.Paragraph == f.Paragraph && previous.Sentence == f.Sentence && previous.Figure.Kind == f.Figure.Kind ? Source : null;
        }
    }
}
