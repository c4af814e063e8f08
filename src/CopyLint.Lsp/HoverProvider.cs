using CopyLint.Engine;
using CopyLint.Lsp.Protocol;

namespace CopyLint.Lsp;

/// <summary>Explains the rule behind the diagnostics under the cursor.</summary>
public static class HoverProvider
{
    public static Hover? For(OpenDocument document, LintResult result, Position position)
    {
        var offset = document.Source.ToOffset(position);
        var hits = result.Diagnostics.Where(d => d.Span.Start <= offset && offset <= d.Span.End).ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var sections = hits.DistinctBy(d => d.Id).Select(d => Explain(d.Descriptor, d.Message));
        var span = hits.Select(d => d.Span).Aggregate((a, b) => Text.TextSpan.FromBounds(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End)));
        return new Hover(MarkupContent.Markdown(string.Join("\n\n---\n\n", sections)), document.Source.ToRange(span));
    }

    private static string Explain(DiagnosticDescriptor rule, string message) =>
        $"**{rule.Id} {rule.Title}** ({rule.Name})\n\n{message}\n\n{rule.Summary}\n\n[Documentation]({rule.HelpLink})";
}
