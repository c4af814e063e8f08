using System.Text.RegularExpressions;
using CopyLint.Text;

namespace CopyLint.Engine.Packs;

/// <summary>What pack rules share: a descriptor built from the rule, and finding matches in the text or per whole line.</summary>
public abstract class PackAnalyzer(PackRule rule, PackMatcher matcher) : Analyzer
{
    public PackRule Rule { get; } = rule;

    public DiagnosticDescriptor Descriptor { get; } = rule.ToDescriptor();

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override string Name => $"{Rule.Id} ({Rule.SourcePath})";

    /// <summary>The span and text of each match; for line scope, each line whose trimmed text matches whole.</summary>
    protected IReadOnlyList<(TextSpan Span, string Text)> Matches(AnalysisContext context)
    {
        var source = context.Document.Source;
        if (Rule.Scope == PackScope.Text)
        {
            return [.. matcher.Matches(source.Text).Select(m => (new TextSpan(m.Index, m.Length), m.Value))];
        }

        // A list only for a document with a match: most match nothing.
        List<(TextSpan Span, string Text)>? found = null;
        foreach (var line in context.GetShared(typeof(PackAnalyzer), TrimmedLines))
        {
            if (line.Length > 0 && matcher.SingleMatch(source.AsSpan(line)) is var (index, length))
            {
                var start = line.Start + index;
                (found ??= []).Add((new TextSpan(start, length), source.Text.Substring(start, length)));
            }
        }

        return found is null ? [] : found;
    }

    /// <summary>The trimmed span of every line (empty for a blank one): found once per document for every line-scope rule.</summary>
    private static TextSpan[] TrimmedLines(Document document)
    {
        // Spans, not strings: most lines are copy that matches nothing, and need no allocation to say so. Blank lines
        // stay in as empty spans, so the array is never copied to a shorter one.
        var source = document.Source;
        var lines = new TextSpan[source.LineCount];
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var text = source.AsSpan(span);
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                lines[line - 1] = new TextSpan(span.Start + (text.Length - text.TrimStart().Length), trimmed.Length);
            }
        }

        return lines;
    }
}
