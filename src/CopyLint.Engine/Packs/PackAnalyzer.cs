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
    protected IEnumerable<(TextSpan Span, string Text)> Matches(SourceText source)
    {
        if (Rule.Scope == PackScope.Text)
        {
            return matcher.Matches(source.Text).Select(m => (new TextSpan(m.Index, m.Length), m.Value));
        }

        return LineMatches(source);
    }

    private IEnumerable<(TextSpan Span, string Text)> LineMatches(SourceText source)
    {
        for (var line = 1; line <= source.LineCount; line++)
        {
            // Spans, not strings: most lines are copy that matches nothing, and need no allocation to say so.
            var span = source.GetLineSpan(line);
            var text = source.AsSpan(span);
            var trimmed = text.Trim();
            if (trimmed.Length > 0 && matcher.SingleMatch(trimmed) is var (index, length))
            {
                var start = span.Start + (text.Length - text.TrimStart().Length) + index;
                yield return (new TextSpan(start, length), source.Text.Substring(start, length));
            }
        }
    }
}
