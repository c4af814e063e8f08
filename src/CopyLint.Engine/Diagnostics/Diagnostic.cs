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

    /// <summary>
    /// "test.txt:1:22: CL3001 Warning: 'about 500' has no source…", as a report line: the record's own form would print
    /// the whole descriptor, and some rules' descriptions run to thousands of words.
    /// </summary>
    public override string ToString() => $"{Path}:{Start}: {Id} {Severity}: {Message}";

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, string message, IReadOnlyList<CodeFix>? fixes = null) =>
        new(descriptor, source.Path, span, source.GetLinePosition(span.Start), source.GetLinePosition(span.End), message, descriptor.DefaultSeverity, fixes ?? []);
}
