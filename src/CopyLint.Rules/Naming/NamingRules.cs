using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>The Naming family's analyzers.</summary>
public static class NamingRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data) => [];
}
