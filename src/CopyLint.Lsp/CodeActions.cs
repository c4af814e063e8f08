using System.Text.RegularExpressions;
using CopyLint.Engine;
using CopyLint.Lsp.Protocol;
using CopyLint.Text;

namespace CopyLint.Lsp;

/// <summary>
/// The quick fixes for the diagnostics in a range: each diagnostic's own fixes, then "Disable … for this line" and
/// "… for this file" as suppression comments where the file type can hold an HTML comment.
/// </summary>
public static partial class CodeActions
{
    public const string QuickFix = "quickfix";

    public static IReadOnlyList<CodeAction> For(OpenDocument document, LintResult result, Protocol.Range range)
    {
        var source = document.Source;
        var requested = source.ToSpan(range);
        var actions = new List<CodeAction>();
        var suppressions = new List<CodeAction>();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Span.IntersectsWith(requested)))
        {
            var lsp = diagnostic.ToLsp(source);
            foreach (var (fix, index) in diagnostic.Fixes.Select((f, i) => (f, i)))
            {
                var edits = fix.Edits.Select(e => new LspTextEdit(source.ToRange(e.Span), e.NewText)).ToList();
                actions.Add(new CodeAction(fix.Title, QuickFix, [lsp], Edit(document.Uri, edits), IsPreferred: index == 0 ? true : null));
            }

            if (CommentSupport.AllowsHtmlComments(document))
            {
                suppressions.Add(new CodeAction($"Disable {diagnostic.Id} for this line", QuickFix, [lsp], Edit(document.Uri, [DisableForLine(source, diagnostic)])));
                suppressions.Add(new CodeAction($"Disable {diagnostic.Id} for this file", QuickFix, [lsp], Edit(document.Uri, [DisableForFile(source, diagnostic.Id)])));
            }
        }

        return [.. actions, .. suppressions.DistinctBy(a => (a.Title, a.Edit.Changes.Values.Single()[0]))];
    }

    private static WorkspaceEdit Edit(string uri, IReadOnlyList<LspTextEdit> edits) => new(new Dictionary<string, IReadOnlyList<LspTextEdit>> { [uri] = edits });

    /// <summary>A disable-next-line comment above the diagnostic's line, or its ID added to one already there.</summary>
    private static LspTextEdit DisableForLine(SourceText source, Diagnostic diagnostic)
    {
        var line = diagnostic.Start.Line;
        if (line > 1 && AddToDirective(source, line - 1, NextLineDirective(), diagnostic.Id) is { } extended)
        {
            return extended;
        }

        var text = source.GetLineText(line);
        var indent = text[..(text.Length - text.TrimStart().Length)];
        var start = source.ToPosition(source.GetLineSpan(line).Start);
        return new LspTextEdit(new Protocol.Range(start, start), $"{indent}<!-- copylint-disable-next-line {diagnostic.Id} -->{LineBreak(source)}");
    }

    /// <summary>A disable comment on the first line, or the ID added to the one already there.</summary>
    private static LspTextEdit DisableForFile(SourceText source, string id)
    {
        if (AddToDirective(source, 1, FileDirective(), id) is { } extended)
        {
            return extended;
        }

        var top = new Position(0, 0);
        return new LspTextEdit(new Protocol.Range(top, top), $"<!-- copylint-disable {id} -->{LineBreak(source)}");
    }

    private static LspTextEdit? AddToDirective(SourceText source, int line, Regex directive, string id)
    {
        var text = source.GetLineText(line);
        if (directive.Match(text) is not { Success: true } match || match.Groups["ids"].Value.Trim().Length == 0)
        {
            return null;
        }

        var at = source.ToPosition(source.GetLineSpan(line).Start + match.Groups["ids"].Index + match.Groups["ids"].Length);
        return new LspTextEdit(new Protocol.Range(at, at), " " + id);
    }

    private static string LineBreak(SourceText source) => source.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    [GeneratedRegex(@"^\s*<!--\s*copylint-disable-next-line\b(?<ids>[^>]*?)\s*-->\s*$")]
    private static partial Regex NextLineDirective();

    [GeneratedRegex(@"^\s*<!--\s*copylint-disable(?![-\w])(?<ids>[^>]*?)\s*-->\s*$")]
    private static partial Regex FileDirective();
}
