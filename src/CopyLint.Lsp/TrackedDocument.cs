using CopyLint.Engine;
using CopyLint.Engine.Configuration;

namespace CopyLint.Lsp;

/// <summary>The server's state for one open document. Guarded by the server's lock.</summary>
internal sealed class TrackedDocument(OpenDocument document, FileLintPlan plan)
{
    public OpenDocument Document { get; set; } = document;

    public FileLintPlan Plan { get; set; } = plan;

    /// <summary>Cancels the pending re-lint; replaced by each new one.</summary>
    public CancellationTokenSource? Pending { get; set; }

    /// <summary>The latest lint, with the text and plan it was made from.</summary>
    public (OpenDocument Document, FileLintPlan Plan, LintResult Result)? Latest { get; set; }

    public bool IsOpen { get; set; } = true;

    public LintResult? CurrentResult =>
        Latest is { } latest && ReferenceEquals(latest.Document, Document) && ReferenceEquals(latest.Plan, Plan) ? latest.Result : null;
}
