using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>The outcome of linting one document: diagnostics in deterministic order, and how many were suppressed.</summary>
public sealed record LintResult(Document Document, IReadOnlyList<Diagnostic> Diagnostics, int SuppressedCount)
{
    public string Path => Document.Path;
}
