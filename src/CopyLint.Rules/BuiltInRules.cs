using CopyLint.Engine;
using CopyLint.Rules.Attribution;
using CopyLint.Rules.Boilerplate;
using CopyLint.Rules.Naming;
using CopyLint.Rules.Typography;

namespace CopyLint.Rules;

/// <summary>Every rule CopyLint ships, family by family. Explicit lists, not reflection, so the native binary keeps them.</summary>
public static class BuiltInRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data) =>
    [
        .. BoilerplateRules.Create(data),
        .. NamingRules.Create(data),
        .. AttributionRules.Create(data),
        .. TypographyRules.Create(data),
        .. Engine.Packs.RulePacks.Load(data),
    ];

    /// <summary>The built-in rules with the default embedded data: what a run with no configuration uses.</summary>
    public static RuleSet CreateDefaultRuleSet() => new(Create(EmbeddedRuleData.Load()));
}
