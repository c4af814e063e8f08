namespace CopyLint.Engine;

/// <summary>
/// A rule, Roslyn-style: it declares the descriptors it may report and analyses one document at a time.
/// Analyzers hold no per-document state, so one instance serves every file and thread.
/// </summary>
public abstract class Analyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Options this analyzer reads from copylint.yaml, keyed under any of its rule IDs.</summary>
    public virtual IReadOnlyList<RuleOption> Options => [];

    /// <summary>A name for messages about the analyzer itself; defaults to the type name.</summary>
    public virtual string Name => GetType().Name;

    public abstract void Analyze(AnalysisContext context);
}
