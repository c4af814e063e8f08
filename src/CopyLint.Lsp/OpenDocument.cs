using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Lsp.Protocol;
using CopyLint.Text;

namespace CopyLint.Lsp;

/// <summary>One document the client has open: its text at a version. Immutable; an edit makes a new one.</summary>
public sealed record OpenDocument(string Uri, string LanguageId, int Version, SourceText Source)
{
    public static OpenDocument Create(TextDocumentItem item) =>
        new(item.Uri, item.LanguageId, item.Version, new SourceText(item.Text, DocumentUri.ToPath(item.Uri)));

    /// <summary>Applies the client's changes in order; each range is relative to the text left by the one before.</summary>
    public OpenDocument Apply(IReadOnlyList<TextDocumentContentChangeEvent> changes, int version)
    {
        var text = Source.Text;
        var source = Source;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? string.Empty;
            }
            else
            {
                var span = source.ToSpan(change.Range);
                text = string.Concat(text.AsSpan(0, span.Start), change.Text ?? string.Empty, text.AsSpan(span.End));
            }

            source = new SourceText(text, Source.Path);
        }

        return this with { Version = version, Source = source };
    }

    /// <summary>Lints the text with a configuration's plan; a file its globs leave out has no findings.</summary>
    public LintResult Lint(FileLintPlan plan, CancellationToken cancellationToken = default) =>
        plan.IsIncluded ? plan.Linter.Lint(Source, plan.Settings, cancellationToken) : new LintResult(Document.Parse(Source), [], 0);
}
