using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>What an analyzer sees of one run: the document, its options, the rule data, and a place to report.</summary>
public sealed class AnalysisContext(Document document, LintSettings settings, RuleDataSet data, CancellationToken cancellationToken, Dictionary<object, object>? shared = null)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<object, object> _shared = shared ?? [];

    public Document Document { get; } = document;

    public RuleDataSet Data { get; } = data;

    public LintSettings Settings { get; } = settings;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    internal IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Adds a diagnostic the engine itself reports, in order with the analyzers' own.</summary>
    internal void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Drops what was reported after the first <paramref name="count"/> diagnostics (an analyzer that threw).</summary>
    internal void RollBack(int count) => _diagnostics.RemoveRange(count, _diagnostics.Count - count);

    /// <summary>
    /// A model built once per document and shared by every analyzer of the run that asks with the same key (e.g. the
    /// naming family's mentions), so analyzers stay stateless without each rebuilding it.
    /// </summary>
    public T GetShared<T>(object key, Func<Document, T> build)
        where T : class
    {
        if (!_shared.TryGetValue(key, out var value))
        {
            value = build(Document);
            _shared[key] = value;
        }

        return (T)value;
    }

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
