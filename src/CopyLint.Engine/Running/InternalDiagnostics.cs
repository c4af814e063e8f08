namespace CopyLint.Engine;

/// <summary>Descriptors CopyLint reports about itself.</summary>
public static class InternalDiagnostics
{
    public static readonly DiagnosticDescriptor AnalyzerFailed = new(
        "CL0001",
        "Analyzer failed",
        "Rule {0} failed on this file and was skipped: {1}",
        RuleCategory.Internal,
        Severity.Warning,
        "An analyzer threw an exception. The rest of the file was still checked; please report the file and message.")
    { Name = "analyzer-failed", Summary = "A rule failed on this file, so its findings are missing." };

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [AnalyzerFailed];
}
