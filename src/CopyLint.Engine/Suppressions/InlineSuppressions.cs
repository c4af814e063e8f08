using System.Text.RegularExpressions;
using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>
/// Suppressions written in the copy as HTML comments, which publishing systems strip:
/// <c>&lt;!-- copylint-disable CL1001 --&gt;</c> … <c>&lt;!-- copylint-enable --&gt;</c> for a region (no IDs: every rule),
/// and <c>&lt;!-- copylint-disable-next-line CL1001 --&gt;</c> for the next line with copy on it.
/// </summary>
public sealed partial class InlineSuppressions
{
    private readonly List<(string? Id, TextSpan Span)> _regions;

    private InlineSuppressions(List<(string? Id, TextSpan Span)> regions) => _regions = regions;

    public static InlineSuppressions Parse(Document document)
    {
        var regions = new List<(string? Id, TextSpan Span)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        const string AllRules = "*";
        var text = document.Text;

        foreach (var token in document.Tokens)
        {
            if (token.Kind != TokenKind.Comment || Directive().Match(token.Text) is not { Success: true } match)
            {
                continue;
            }

            var ids = match.Groups["ids"].Value.Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
            switch (match.Groups["verb"].Value)
            {
                case "disable-next-line":
                    var line = NextContentLine(document, document.GetLinePosition(token.Span.End).Line);
                    if (line is not null)
                    {
                        AddAll(regions, ids, document.Source.GetLineSpan(line.Value));
                    }

                    break;
                case "disable":
                    foreach (var id in ids.DefaultIfEmpty(AllRules))
                    {
                        open.TryAdd(id, token.Span.End);
                    }

                    break;
                case "enable":
                    foreach (var id in ids.Length == 0 ? [.. open.Keys] : ids)
                    {
                        if (open.Remove(id, out var start))
                        {
                            regions.Add((id == AllRules ? null : id, TextSpan.FromBounds(start, token.Span.Start)));
                        }
                    }

                    break;
            }
        }

        foreach (var (id, start) in open)
        {
            regions.Add((id == AllRules ? null : id, TextSpan.FromBounds(start, text.Length)));
        }

        return new InlineSuppressions(regions);
    }

    public bool IsSuppressed(Diagnostic diagnostic) =>
        _regions.Any(r => (r.Id is null || r.Id == diagnostic.Id) && r.Span.Start <= diagnostic.Span.Start && diagnostic.Span.Start <= r.Span.End);

    private static void AddAll(List<(string? Id, TextSpan Span)> regions, string[] ids, TextSpan span)
    {
        if (ids.Length == 0)
        {
            regions.Add((null, span));
        }

        foreach (var id in ids)
        {
            regions.Add((id, span));
        }
    }

    private static int? NextContentLine(Document document, int afterLine)
    {
        for (var line = afterLine + 1; line <= document.Source.LineCount; line++)
        {
            if (!string.IsNullOrWhiteSpace(document.Source.GetLineText(line)))
            {
                return line;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^<!--\s*copylint-(?<verb>disable-next-line|disable|enable)\b(?<ids>[^>]*?)\s*-->$")]
    private static partial Regex Directive();
}
