using CopyLint.Engine;
using CopyLint.Rules.Attribution;
using CopyLint.Rules.Boilerplate;
using CopyLint.Rules.Dates;
using CopyLint.Rules.Naming;
using CopyLint.Rules.Typography;

namespace CopyLint.Rules;

/// <summary>Every rule CopyLint ships, family by family. Explicit lists, not reflection, so the native binary keeps them.</summary>
public static class BuiltInRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data)
    {
        // The packs first: most of what reading them allocates (the YAML tree, the patterns' shapes) is garbage by
        // the time start-up's one collection comes, which then has less to keep. Their rules still run last.
        var packs = Engine.Packs.RulePacks.Load(data);
        return
        [
            .. BoilerplateRules.Create(data),
            .. NamingRules.Create(data),
            .. AttributionRules.Create(data),
            .. DateRules.Create(data),
            .. TypographyRules.Create(data),
            .. packs,
        ];
    }

    /// <summary>The built-in rules with the default embedded data: what a run with no configuration uses.</summary>
    public static RuleSet CreateDefaultRuleSet() => new(Create(EmbeddedRuleData.Load()));
}
