using CopyLint.Engine.Configuration;

namespace CopyLint.Engine.Packs;

/// <summary>Turns every <c>packs/*.yaml</c> (or <c>.yml</c>) file of the rule data (built-in and a user's) into analyzers.</summary>
public static class RulePacks
{
    /// <summary>The analyzers of every pack; throws <see cref="ConfigurationException"/> for a pack that cannot be used.</summary>
    public static IEnumerable<Analyzer> Load(RuleDataSet data)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var analyzers = new List<Analyzer>();
        foreach (var file in data.Packs)
        {
            if (!file.Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !file.Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                throw new ConfigurationException(file.DisplayPath, 1, 1, "a rule pack is a YAML file named *.yaml or *.yml");
            }

            foreach (var (rule, line, column) in RulePackLoader.Load(file))
            {
                if (!seen.TryAdd(rule.Id, rule.SourcePath))
                {
                    throw new ConfigurationException(file.DisplayPath, line, column, $"rule ID '{rule.Id}' is already declared in {seen[rule.Id]}; IDs must be unique");
                }

                var matcher = PackMatcher.Create(rule);
                analyzers.Add(rule.Kind == PackRuleKind.Existence ? new ExistenceRule(rule, matcher) : new SubstitutionRule(rule, matcher));
            }
        }

        return analyzers;
    }
}
