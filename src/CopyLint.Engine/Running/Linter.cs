using System.Runtime.CompilerServices;
using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>
/// Runs every enabled analyzer over a document, applies configured severities and inline suppressions, and
/// orders the result. An analyzer that throws is reported as one CL0001 diagnostic, never a crash.
/// </summary>
public sealed class Linter(RuleSet rules, RuleDataSet data)
{
    // Weak keys: the language server compiles new settings as configurations change.
    private readonly ConditionalWeakTable<LintSettings, Analyzer[]> _enabled = new();

    public RuleSet Rules { get; } = rules;

    public RuleDataSet Data { get; } = data;

    /// <param name="tokens">The calling thread's token buffer, for a run of many documents (see <see cref="TokenBuffer"/>).</param>
    public LintResult Lint(SourceText source, LintSettings settings, CancellationToken cancellationToken = default, TokenBuffer? tokens = null) =>
        Lint(Document.Parse(source, tokens), settings, cancellationToken);

    public LintResult Lint(Document document, LintSettings settings, CancellationToken cancellationToken = default)
    {
        // One context and one list for every analyzer; an analyzer that throws has what it reported rolled back.
        var context = new AnalysisContext(document, settings, Data, cancellationToken);
        foreach (var analyzer in EnabledAnalyzers(settings))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reported = context.Diagnostics.Count;
            try
            {
                analyzer.Analyze(context);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.RollBack(reported);
                var message = InternalDiagnostics.AnalyzerFailed.FormatMessage(analyzer.Name, $"{e.GetType().Name}: {e.Message}");
                context.Add(Diagnostic.Create(InternalDiagnostics.AnalyzerFailed, document.Source, new TextSpan(0, 0), message));
            }
        }

        var found = context.Diagnostics;
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

            // Most diagnostics already carry the severity configured (their rule's default): no copy for those.
            kept.Add(diagnostic.Severity == severity ? diagnostic : diagnostic with { Severity = severity });
        }

        return new LintResult(document, kept.Count <= 1 ? kept : Order(kept), suppressed);
    }

    /// <summary>
    /// The analyzers with a rule the settings leave on, worked out once per settings (the resolver shares one per
    /// configuration and override set) rather than once per document.
    /// </summary>
    private Analyzer[] EnabledAnalyzers(LintSettings settings)
    {
        if (!_enabled.TryGetValue(settings, out var enabled))
        {
            enabled = [.. Rules.Analyzers.Where(a => IsEnabled(a, settings))];
            _enabled.TryAdd(settings, enabled);
        }

        return enabled;
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
        // Sorted with the input position as the last key, so duplicates (same ID, span and message) end up side by side
        // in input order and the first of each run is kept: what DistinctBy then a sort gave, without hashing every
        // message. No two kept diagnostics tie on the keys, so the order is deterministic.
        var list = diagnostics as IReadOnlyList<Diagnostic> ?? [.. diagnostics];
        var sorted = new (Diagnostic Diagnostic, int Index)[list.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = (list[i], i); // a loop, not Select(…).ToArray(): no iterator or growing buffer per document
        }

        Array.Sort(sorted, static (a, b) =>
        {
            var order = Compare(a.Diagnostic, b.Diagnostic);
            return order != 0 ? order : a.Index.CompareTo(b.Index);
        });
        var ordered = new List<Diagnostic>(sorted.Length);
        foreach (var (diagnostic, _) in sorted)
        {
            if (ordered.Count == 0 || Compare(ordered[^1], diagnostic) != 0)
            {
                ordered.Add(diagnostic);
            }
        }

        return ordered;
    }

    /// <summary>By position, then ID, length and message: zero only for the same ID, span and message.</summary>
    private static int Compare(Diagnostic a, Diagnostic b)
    {
        var order = a.Span.Start.CompareTo(b.Span.Start);
        order = order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        order = order != 0 ? order : a.Span.Length.CompareTo(b.Span.Length);
        return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
    }
}
