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

    public void ForEachFigure(AnalysisContext context, AttributionSettings settings, Action<Figure, Cue?> visit)
    {
        var map = SourceMap.Build(context.Document, Cues, settings);
        var figures = new List<Figure>();
        for (var p = 0; p < map.Paragraphs.Count; p++)
        {
            var paragraph = map.Paragraphs[p];
            if (paragraph.IsHeading)
            {
                continue;
            }

            foreach (var range in paragraph.Sentences)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                figures.Clear();
                var (offset, length) = range.GetOffsetAndLength(paragraph.Tokens.Length);
                _figures.Find(paragraph.Tokens.AsSpan(offset, length), settings.MinimumFigure, figures);
                foreach (var figure in figures)
                {
                    visit(figure, map.SourceOfFigure(p, TokenAt(paragraph, offset, figure)));
                }
            }
        }
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
