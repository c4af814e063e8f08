namespace CopyLint.Engine.Configuration;

/// <summary>
/// Finds and applies the copylint.yaml for each file (or the one given with --config), caching one linter per
/// configuration. Shared by the command line and the language server. Thread-safe.
/// </summary>
/// <param name="createRules">Builds the analyzers from rule data (the built-in rules plus a configuration's packs).</param>
/// <param name="defaults">The embedded default rule data.</param>
/// <param name="explicitConfigPath">A configuration to use for every file instead of searching upwards.</param>
public sealed class ConfigurationResolver(Func<RuleDataSet, IEnumerable<Analyzer>> createRules, RuleDataSet defaults, string? explicitConfigPath = null)
{
    private readonly Lazy<Linter> _defaultLinter = new(() => new Linter(new RuleSet(createRules(defaults)), defaults));

    /// <summary>The plan for a file (standard input: a path in the current folder). Throws <see cref="ConfigurationException"/>.</summary>
    public FileLintPlan Resolve(string filePath)
    {
        // Stub until configuration lands: defaults for every file.
        _ = explicitConfigPath;
        return new FileLintPlan(_defaultLinter.Value, LintSettings.Default, IsIncluded: true, ConfigPath: null);
    }
}
