using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>
/// Suppressions written in the copy as HTML comments, which publishing systems strip. Each names rule IDs or
/// categories (none: every rule), separated by spaces or commas, and may end with "-- reason":
/// <c>&lt;!-- copylint-disable CL1001 Naming --&gt;</c> … <c>&lt;!-- copylint-enable --&gt;</c> for a region,
/// <c>&lt;!-- copylint-disable-next-line CL1001 --&gt;</c> for the next line with copy on it, and
/// <c>&lt;!-- copylint-disable-line CL1001 --&gt;</c> for the line the comment is on.
/// </summary>
public sealed partial class InlineSuppressions
{
    private readonly List<(int Offset, RegionState State)> _changes;
    private readonly List<(TextSpan Line, RegionState State)> _lines;

    private InlineSuppressions(List<(int Offset, RegionState State)> changes, List<(TextSpan Line, RegionState State)> lines)
    {
        _changes = changes;
        _lines = lines;
    }

    /// <summary>No directives: what most copy has. Never changed, so one serves every document.</summary>
    private static readonly InlineSuppressions None = new([], []);

    public static InlineSuppressions Parse(Document document)
    {
        // A directive is a comment ("<!--", so a '<' first: one fast search for a character rare in copy) naming
        // "copylint-": most copy has neither to look for.
        if (!document.Text.Contains('<') || !document.Text.Contains("copylint-", StringComparison.Ordinal))
        {
            return None;
        }

        var changes = new List<(int Offset, RegionState State)>();
        var lines = new List<(TextSpan Line, RegionState State)>();

        var state = RegionState.None;
        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Comment || Directive().Match(token.Text) is not { Success: true } match)
            {
                continue;
            }

            var targets = match.Groups["targets"].Value.Split("--")[0]
                .Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
            switch (match.Groups["verb"].Value)
            {
                case "disable":
                    state = state.Disable(targets);
                    changes.Add((token.Span.End, state));
                    break;
                case "enable":
                    state = state.Enable(targets);
                    changes.Add((token.Span.End, state));
                    break;
                case "disable-line":
                    lines.Add((LineSpan(document, token.Span.Start), RegionState.None.Disable(targets)));
                    break;
                case "disable-next-line":
                    if (NextCopyLine(document, document.GetLinePosition(token.Span.End).Line) is { } next)
                    {
                        lines.Add((next, RegionState.None.Disable(targets)));
                    }

                    break;
            }
        }

        return new InlineSuppressions(changes, lines);
    }

    public bool IsSuppressed(Diagnostic diagnostic)
    {
        if (_changes.Count == 0 && _lines.Count == 0)
        {
            return false;
        }

        var start = diagnostic.Span.Start;
        var region = RegionState.None;
        foreach (var (offset, state) in _changes)
        {
            if (offset > start)
            {
                break;
            }

            region = state;
        }

        return region.Covers(diagnostic.Descriptor)
            || _lines.Any(l => l.Line.Start <= start && start <= l.Line.End && l.State.Covers(diagnostic.Descriptor));
    }

    private static TextSpan LineSpan(Document document, int offset) =>
        document.Source.GetLineSpan(document.GetLinePosition(offset).Line);

    /// <summary>The next line after <paramref name="afterLine"/> with copy on it: blank lines and lines holding only comments are skipped.</summary>
    private static TextSpan? NextCopyLine(Document document, int afterLine)
    {
        for (var line = afterLine + 1; line <= document.Source.LineCount; line++)
        {
            var text = document.Source.GetLineText(line).Trim();
            if (text.Length > 0 && !(text.StartsWith("<!--", StringComparison.Ordinal) && text.EndsWith("-->", StringComparison.Ordinal)))
            {
                return document.Source.GetLineSpan(line);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^<!--\s*copylint-(?<verb>disable-next-line|disable-line|disable|enable)(?:\s+(?<targets>.*?))?\s*-->$", RegexOptions.Singleline)]
    private static partial Regex Directive();

    /// <summary>
    /// What a region disables: every rule but <see cref="Enabled"/> once a bare disable was seen, otherwise
    /// <see cref="Disabled"/>. Targets are rule IDs or category names.
    /// </summary>
    private sealed record RegionState(bool All, ImmutableHashSet<string> Disabled, ImmutableHashSet<string> Enabled)
    {
        private static readonly ImmutableHashSet<string> NoTargets = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

        public static RegionState None { get; } = new(false, NoTargets, NoTargets);

        public RegionState Disable(ImmutableHashSet<string> targets) =>
            targets.IsEmpty ? new RegionState(true, NoTargets, NoTargets)
            : All ? this with { Enabled = Enabled.Except(targets) }
            : this with { Disabled = Disabled.Union(targets) };

        public RegionState Enable(ImmutableHashSet<string> targets) =>
            targets.IsEmpty ? None
            : All ? this with { Enabled = Enabled.Union(targets) }
            : this with { Disabled = Disabled.Except(targets) };

        public bool Covers(DiagnosticDescriptor descriptor)
        {
            var category = descriptor.Category.ToString();
            return All
                ? !Enabled.Contains(descriptor.Id) && !Enabled.Contains(category)
                : Disabled.Contains(descriptor.Id) || Disabled.Contains(category);
        }
    }
}
