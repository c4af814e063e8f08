namespace CopyLint.Engine.Configuration;

/// <summary>
/// Checks a configuration's rule IDs, categories and options against the rule set it runs with (built-in and pack
/// rules alike) and turns layers of settings into <see cref="LintSettings"/>. Later layers win; within a layer a
/// rule ID setting beats a category setting.
/// </summary>
internal sealed class SettingsCompiler(RuleSet rules, string path)
{
    private static readonly RuleCategory[] Categories =
        [RuleCategory.Boilerplate, RuleCategory.Naming, RuleCategory.Attribution, RuleCategory.NumbersAndDates, RuleCategory.Typography, RuleCategory.House];

    public void Validate(RuleLayer layer)
    {
        foreach (var setting in layer.Severities)
        {
            _ = Target(setting.Key);
        }

        foreach (var option in layer.Options)
        {
            ValidateOption(option);
        }
    }

    public LintSettings Compile(IEnumerable<RuleLayer> layers)
    {
        var byId = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        var byCategory = new Dictionary<RuleCategory, Severity?>();
        var options = new Dictionary<string, Dictionary<string, OptionValue>>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            var targets = layer.Severities.Select(s => (Target: Target(s.Key), s.Severity)).ToList();
            foreach (var (target, severity) in targets.Where(t => t.Target.Category is not null))
            {
                var category = target.Category!.Value;
                byCategory[category] = severity;

                // A category set in a later layer beats a rule ID set in an earlier one.
                foreach (var id in byId.Keys.Where(id => rules.Find(id)?.Category == category).ToList())
                {
                    byId.Remove(id);
                }
            }

            foreach (var (target, severity) in targets.Where(t => t.Target.Id is not null))
            {
                byId[target.Id!] = severity;
            }

            foreach (var option in layer.Options)
            {
                // Options belong to the analyzer: set under any of its IDs, every one of its IDs sees them.
                foreach (var descriptor in rules.AnalyzerFor(option.RuleId.Value)!.SupportedDiagnostics)
                {
                    if (!options.TryGetValue(descriptor.Id, out var values))
                    {
                        options[descriptor.Id] = values = new Dictionary<string, OptionValue>(StringComparer.Ordinal);
                    }

                    values[option.Name.Value] = option.Value;
                }
            }
        }

        return new LintSettings
        {
            RuleSeverities = byId,
            CategorySeverities = byCategory,
            RuleOptions = options.ToDictionary(p => p.Key, p => new RuleOptions(p.Value), StringComparer.Ordinal),
        };
    }

    private (string? Id, RuleCategory? Category) Target(Located key)
    {
        if (rules.Find(key.Value) is not null)
        {
            return (key.Value, null);
        }

        foreach (var category in Categories)
        {
            if (string.Equals(category.ToString(), key.Value, StringComparison.OrdinalIgnoreCase))
            {
                return (null, category);
            }
        }

        var categoryNames = Categories.Select(c => c.ToString()).ToList();
        var hint = Suggestions.DidYouMean(key.Value, rules.Descriptors.Select(d => d.Id).Concat(categoryNames));
        throw Error(key.At, $"unknown rule ID or category '{key.Value}'.{hint} Categories: {Suggestions.List(categoryNames)}.");
    }

    private void ValidateOption(OptionSetting option)
    {
        var id = option.RuleId;
        if (rules.Find(id.Value) is null)
        {
            var hint = Suggestions.DidYouMean(id.Value, rules.Descriptors.Select(d => d.Id));
            throw Error(id.At, $"unknown rule ID '{id.Value}' under 'options' (options are set per rule ID).{hint}");
        }

        var declared = rules.AnalyzerFor(id.Value)?.Options ?? [];
        if (declared.Count == 0)
        {
            throw Error(option.Name.At, $"rule {id.Value} has no options.");
        }

        var names = declared.Select(o => o.Name).ToList();
        var ruleOption = declared.FirstOrDefault(o => o.Name == option.Name.Value)
            ?? throw Error(option.Name.At, $"rule {id.Value} has no option '{option.Name.Value}'.{Suggestions.DidYouMean(option.Name.Value, names)} Its options: {Suggestions.List(names)}.");

        if (ruleOption.Accepts is { } accepts)
        {
            foreach (var scalar in option.Scalars.Where(s => !accepts(s.Value)))
            {
                throw Error(scalar.At, $"'{scalar.Value}' is not a valid value for {id.Value}'s option '{ruleOption.Name}'. Expected {ruleOption.Expected}.");
            }
        }

        if (ruleOption.AllowedValues.Count == 0)
        {
            return;
        }

        foreach (var scalar in option.Scalars.Where(s => !ruleOption.AllowedValues.Contains(s.Value)))
        {
            throw Error(scalar.At, $"'{scalar.Value}' is not a valid value for {id.Value}'s option '{ruleOption.Name}'.{Suggestions.DidYouMean(scalar.Value, ruleOption.AllowedValues)} Valid values: {Suggestions.List(ruleOption.AllowedValues)}.");
        }
    }

    private ConfigurationException Error(Position at, string reason) => new(path, at.Line, at.Column, reason);
}
