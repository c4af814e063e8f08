using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>What an analyzer sees of one run: the document, its options, the rule data, and a place to report.</summary>
public sealed class AnalysisContext(Document document, LintSettings settings, RuleDataSet data, CancellationToken cancellationToken)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public Document Document { get; } = document;

    public RuleDataSet Data { get; } = data;

    public LintSettings Settings { get; } = settings;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    internal IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The options configured for a rule ID (empty when none).</summary>
    public RuleOptions OptionsFor(DiagnosticDescriptor descriptor) => Settings.OptionsFor(descriptor.Id);

    /// <summary>False when configuration turned the rule off: skip the work.</summary>
    public bool IsEnabled(DiagnosticDescriptor descriptor) => Settings.EffectiveSeverity(descriptor) is not null;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArgs) =>
        Report(descriptor, span, [], messageArgs);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix fix, params object?[] messageArgs) =>
        Report(descriptor, span, [fix], messageArgs);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, IReadOnlyList<CodeFix> fixes, params object?[] messageArgs) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, Document.Source, span, descriptor.FormatMessage(messageArgs), fixes));
}
