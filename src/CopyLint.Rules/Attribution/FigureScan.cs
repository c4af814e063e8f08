using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Text;

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
    /// Returns the document's source map for any further look. The third argument says the figure is background:
    /// its sentence names a year at least <see cref="BackgroundYears"/> before the latest year the document names
    /// ("The 2004 tsunami killed about 230,000 people" in a story of 2025), history rather than news.
    /// </summary>
    public SourceMap ForEachFigure(AnalysisContext context, AttributionSettings settings, bool exact, Action<Figure, Cue?, bool> visit)
    {
        var map = SourceMap.For(context, Cues, settings);
        var latestYear = LatestYear(map);
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

                    var background = latestYear > 0 && EarliestYear(paragraph.Tokens.AsSpan(offset, length)) <= latestYear - BackgroundYears;
                    visit(figure, source ?? (s == 0 ? continued[(int)figure.Kind] : null), background);
                }
            }

            (continued, sourced) = (sourced, continued);
        }

        return map;
    }

    private const int BackgroundYears = 3;

    /// <summary>The latest year the document names; read from the paragraphs' token arrays, which hold every non-trivia token.</summary>
    private static int LatestYear(SourceMap map)
    {
        var latest = 0;
        foreach (var paragraph in map.Paragraphs)
        {
            foreach (var token in paragraph.Tokens)
            {
                if (Year(token) is var year && year > latest)
                {
                    latest = year;
                }
            }
        }

        return latest;
    }

    private static int EarliestYear(ReadOnlySpan<Token> tokens)
    {
        var earliest = int.MaxValue;
        foreach (var token in tokens)
        {
            if (Year(token) is > 0 and var year && year < earliest)
            {
                earliest = year;
            }
        }

        return earliest;
    }

    /// <summary>A year such as 2004 (a bare four-digit number from 1800 to 2100), else 0.</summary>
    private static int Year(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var year) && year is >= 1800 and <= 2100 ? year : 0;

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
