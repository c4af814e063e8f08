using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>One finding: where it is (exact span, 1-based start and end), what it says, and how to fix it.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    string Path,
    TextSpan Span,
    LinePosition Start,
    LinePosition End,
    string Message,
    Severity Severity,
    IReadOnlyList<CodeFix> Fixes)
{
    public string Id => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, string message, IReadOnlyList<CodeFix>? fixes = null) =>
        new(descriptor, source.Path, span, source.GetLinePosition(span.Start), source.GetLinePosition(span.End), message, descriptor.DefaultSeverity, fixes ?? []);
}
