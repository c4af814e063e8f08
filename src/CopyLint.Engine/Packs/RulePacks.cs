using CopyLint.Engine.Configuration;

namespace CopyLint.Engine.Packs;

/// <summary>Turns every <c>packs/*.yaml</c> (or <c>.yml</c>) file of the rule data (built-in and a user's) into analyzers.</summary>
public static class RulePacks
{
    /// <summary>The analyzers of every pack; throws <see cref="ConfigurationException"/> for a pack that cannot be used.</summary>
    public static IEnumerable<Analyzer> Load(RuleDataSet data)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var loaded = new List<(PackRule Rule, PackMatcher Matcher)>();
        foreach (var file in data.Packs)
        {
            if (!file.Name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !file.Name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            {
                throw new ConfigurationException(file.DisplayPath, 1, 1, "a rule pack is a YAML file named *.yaml or *.yml");
            }

            IEnumerable<(PackRule Rule, int Line, int Column, PackMatcher Matcher)> rules = file.CompiledPack is { } compiled
                ? CompiledPack.Read(compiled.Span, file)
                : RulePackLoader.Load(file).Select(r => (r.Rule, r.Line, r.Column, PackMatcher.Create(r.Rule)));
            foreach (var (rule, line, column, matcher) in rules)
            {
                if (!seen.TryAdd(rule.Id, rule.SourcePath))
                {
                    throw new ConfigurationException(file.DisplayPath, line, column, $"rule ID '{rule.Id}' is already declared in {seen[rule.Id]}; IDs must be unique");
                }

                loaded.Add((rule, matcher));
            }
        }

        // One screen for the line rules of every pack: each line is looked at once for all of them. One for the text
        // rules' prefixes: the text is searched once for all of them.
        var screen = new PackLineScreen(loaded.Select(l => l.Matcher));
        var textScreen = new PackTextScreen(loaded.Select(l => l.Matcher));
        return [.. loaded.Select(l => l.Rule.Kind == PackRuleKind.Existence
            ? (Analyzer)new ExistenceRule(l.Rule, l.Matcher, screen, textScreen)
            : new SubstitutionRule(l.Rule, l.Matcher, screen, textScreen))];
    }
}
