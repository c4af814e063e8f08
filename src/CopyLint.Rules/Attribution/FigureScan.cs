using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// What CL3001 and CL3002 share: the cue and figure finders (built once from the rule data) and a walk over every
/// claim-bearing figure of a document's prose with the source in its reach, null when there is none.
/// </summary>
internal sealed class FigureScan(RuleDataSet data)
{
    public CueFinder Cues { get; } = new(data);

    private readonly FigureFinder _figures = new(data);

    /// <summary>
    /// Visits every figure of the document's prose with its source. A figure opening a paragraph with no source in
    /// reach continues the figures of the paragraph before when that paragraph's last sentence sourced a figure of
    /// the same kind itself ("…rose 9.2%, the ONS said." then "Rents in London rose 11.2%."). With
    /// <paramref name="exact"/>, exact figures that are not claims by their form or context are visited too.
    /// Returns the document's source map for any further look.
    /// </summary>
    public SourceMap ForEachFigure(AnalysisContext context, AttributionSettings settings, bool exact, Action<Figure, Cue?> visit)
    {
        var map = SourceMap.Build(context.Document, Cues, settings);
        var figures = new List<Figure>();
        var continued = new Cue?[Enum.GetValues<FigureKind>().Length];
        var sourced = new Cue?[continued.Length];
        for (var p = 0; p < map.Paragraphs.Count; p++)
        {
            var paragraph = map.Paragraphs[p];
            Array.Clear(sourced);
            if (paragraph.IsHeading)
            {
                Array.Clear(continued);
                continue;
            }

            for (var s = 0; s < paragraph.Sentences.Count; s++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                figures.Clear();
                var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
                _figures.Find(paragraph.Tokens.AsSpan(offset, length), settings.MinimumFigure, exact, figures);
                foreach (var figure in figures)
                {
                    var source = map.SourceOfFigure(p, TokenAt(paragraph, offset, figure));
                    if (s == paragraph.Sentences.Count - 1 && source is { Strength: CueStrength.Firm })
                    {
                        sourced[(int)figure.Kind] = source;
                    }

                    visit(figure, source ?? (s == 0 ? continued[(int)figure.Kind] : null));
                }
            }

            (continued, sourced) = (sourced, continued);
        }

        return map;
    }

    private static int TokenAt(ParagraphSources paragraph, int offset, Figure figure)
    {
        var k = offset;
        while (k + 1 < paragraph.Tokens.Length && paragraph.Tokens[k].Span.End <= figure.Span.Start)
        {
            k++;
        }

        return k;
    }
}
