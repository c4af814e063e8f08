using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>The Attribution family's analyzers.</summary>
public static class AttributionRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data) => [];
}
