using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>
/// Runs every enabled analyzer over a document, applies configured severities and inline suppressions, and
/// orders the result. An analyzer that throws is reported as one CL0001 diagnostic, never a crash.
/// </summary>
public sealed class Linter(RuleSet rules, RuleDataSet data)
{
    public RuleSet Rules { get; } = rules;

    public RuleDataSet Data { get; } = data;

    public LintResult Lint(SourceText source, LintSettings settings, CancellationToken cancellationToken = default) =>
        Lint(Document.Parse(source), settings, cancellationToken);

    public LintResult Lint(Document document, LintSettings settings, CancellationToken cancellationToken = default)
    {
        var found = new List<Diagnostic>();
        var shared = new Dictionary<object, object>();
        foreach (var analyzer in Rules.Analyzers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!IsEnabled(analyzer, settings))
            {
                continue;
            }

            var context = new AnalysisContext(document, settings, Data, cancellationToken, shared);
            try
            {
                analyzer.Analyze(context);
                found.AddRange(context.Diagnostics);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var message = InternalDiagnostics.AnalyzerFailed.FormatMessage(analyzer.Name, $"{e.GetType().Name}: {e.Message}");
                found.Add(Diagnostic.Create(InternalDiagnostics.AnalyzerFailed, document.Source, new TextSpan(0, 0), message));
            }
        }

        var suppressions = InlineSuppressions.Parse(document);
        var kept = new List<Diagnostic>(found.Count);
        var suppressed = 0;
        foreach (var diagnostic in found)
        {
            if (settings.EffectiveSeverity(diagnostic.Descriptor) is not { } severity)
            {
                continue;
            }

            if (suppressions.IsSuppressed(diagnostic))
            {
                suppressed++;
                continue;
            }

            kept.Add(diagnostic with { Severity = severity });
        }

        return new LintResult(document, Order(kept), suppressed);
    }

    private static bool IsEnabled(Analyzer analyzer, LintSettings settings)
    {
        var descriptors = analyzer.SupportedDiagnostics;
        for (var i = 0; i < descriptors.Count; i++)
        {
            if (settings.EffectiveSeverity(descriptors[i]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<Diagnostic> Order(IEnumerable<Diagnostic> diagnostics)
    {
        // After DistinctBy no two diagnostics tie on every key below, so the (unstable) sort is deterministic.
        var ordered = diagnostics.DistinctBy(d => (d.Id, d.Span, d.Message)).ToList();
        ordered.Sort(static (a, b) =>
        {
            var order = a.Span.Start.CompareTo(b.Span.Start);
            order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
            order = order != 0 ? order : a.Span.Length.CompareTo(b.Span.Length);
            return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        });
        return ordered;
    }
}
