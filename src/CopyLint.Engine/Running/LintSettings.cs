namespace CopyLint.Engine;

/// <summary>
/// The configuration in force for one file: severities by rule ID and by category ("off" is null), and rule
/// options. The configuration layer builds one per path; the defaults are the descriptors' own.
/// </summary>
public sealed record LintSettings
{
    public static LintSettings Default { get; } = new();

    /// <summary>Severity per rule ID; a null value turns the rule off.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>Severity per category; a null value turns the family off. A rule ID setting wins.</summary>
    public IReadOnlyDictionary<RuleCategory, Severity?> CategorySeverities { get; init; } = new Dictionary<RuleCategory, Severity?>();

    public IReadOnlyDictionary<string, RuleOptions> RuleOptions { get; init; } = new Dictionary<string, RuleOptions>();

    /// <summary>The severity a rule reports at, or null when it is off.</summary>
    public Severity? EffectiveSeverity(DiagnosticDescriptor descriptor)
    {
        if (RuleSeverities.TryGetValue(descriptor.Id, out var byId))
        {
            return byId;
        }

        if (CategorySeverities.TryGetValue(descriptor.Category, out var byCategory))
        {
            return byCategory;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null;
    }

    public RuleOptions OptionsFor(string ruleId) => RuleOptions.GetValueOrDefault(ruleId) ?? Engine.RuleOptions.Empty;
}
