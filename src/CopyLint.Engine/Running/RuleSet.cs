namespace CopyLint.Engine;

/// <summary>The analyzers of one run and the descriptors they report, looked up by rule ID.</summary>
public sealed class RuleSet
{
    private readonly Dictionary<string, DiagnosticDescriptor> _descriptors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Analyzer> _analyzerById = new(StringComparer.Ordinal);

    public RuleSet(IEnumerable<Analyzer> analyzers)
    {
        Analyzers = [.. analyzers];
        foreach (var descriptor in InternalDiagnostics.All)
        {
            _descriptors.Add(descriptor.Id, descriptor);
        }

        foreach (var analyzer in Analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                if (!_descriptors.TryAdd(descriptor.Id, descriptor))
                {
                    throw new InvalidOperationException($"Rule ID {descriptor.Id} is declared twice (by {_analyzerById.GetValueOrDefault(descriptor.Id)?.Name ?? "CopyLint"} and {analyzer.Name}).");
                }

                _analyzerById[descriptor.Id] = analyzer;
            }
        }
    }

    public IReadOnlyList<Analyzer> Analyzers { get; }

    /// <summary>All descriptors ordered by ID.</summary>
    public IEnumerable<DiagnosticDescriptor> Descriptors => _descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    public DiagnosticDescriptor? Find(string id) => _descriptors.GetValueOrDefault(id);

    public Analyzer? AnalyzerFor(string id) => _analyzerById.GetValueOrDefault(id);
}
