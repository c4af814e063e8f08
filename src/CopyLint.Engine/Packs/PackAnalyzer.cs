using System.Text.RegularExpressions;
using CopyLint.Text;

namespace CopyLint.Engine.Packs;

/// <summary>
/// What pack rules share: a descriptor built from the rule, and finding matches in the text or per whole line. A
/// line-scope rule given the <see cref="PackLineScreen"/> of its packs matches only the lines the screen lets through; a
/// text-scope rule given their <see cref="PackTextScreen"/> matches only a text the screen found its prefixes in.
/// </summary>
public abstract class PackAnalyzer(PackRule rule, PackMatcher matcher, PackLineScreen? screen = null, PackTextScreen? textScreen = null) : Analyzer
{
    private readonly int _member = screen?.MemberOf(matcher) ?? -1;
    private readonly int _textMember = textScreen?.MemberOf(matcher) ?? -1;

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
            if (_textMember >= 0 && !textScreen!.MayMatch(context, _textMember))
            {
                return [];
            }

            var matches = matcher.Matches(source.Text, prefixFound: _textMember >= 0);
            return matches.Count == 0 ? [] : [.. matches.Select(m => (new TextSpan(m.Index, m.Length), m.Value))];
        }

        // A list only for a document with a match: most match nothing.
        List<(TextSpan Span, string Text)>? found = null;
        if (_member >= 0)
        {
            var lines = screen!.Of(context);
            if (lines.Candidates?[_member] is { } candidates)
            {
                foreach (var index in candidates)
                {
                    MatchLine(source, lines.Lines[index], ref found);
                }
            }
        }
        else
        {
            foreach (var line in context.GetShared(typeof(PackAnalyzer), static document => PackLines.TrimmedLines(document.Source)))
            {
                if (line.Length > 0)
                {
                    MatchLine(source, line, ref found);
                }
            }
        }

        return found is null ? [] : found;
    }

    private void MatchLine(SourceText source, TextSpan line, ref List<(TextSpan Span, string Text)>? found)
    {
        if (matcher.SingleMatch(source.AsSpan(line)) is var (index, length))
        {
            var start = line.Start + index;
            (found ??= []).Add((new TextSpan(start, length), source.Text.Substring(start, length)));
        }
    }
}
