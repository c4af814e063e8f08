using CopyLint.Engine;

namespace CopyLint.Rules.Boilerplate;

/// <summary>The Boilerplate family's analyzers.</summary>
public static class BoilerplateRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data) => [];
}
