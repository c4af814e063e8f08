using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Rules;

namespace CopyLint.Lsp;

/// <summary>
/// The configuration in force for open documents. A reload reads every copylint.yaml afresh; a document whose
/// configuration is broken keeps the last plan that worked for it (or the defaults), and the error is returned for
/// the user to see.
/// </summary>
public sealed class LintConfiguration
{
    private readonly RuleDataSet _defaultData = EmbeddedRuleData.Load();
    private readonly Lazy<FileLintPlan> _defaults;
    private readonly Func<Func<string, FileLintPlan>> _createResolver;
    private Func<string, FileLintPlan> _resolve;

    public LintConfiguration()
        : this(null)
    {
    }

    /// <param name="createResolver">Makes a fresh resolver of file paths to plans; by default a <see cref="ConfigurationResolver"/> of the built-in rules.</param>
    internal LintConfiguration(Func<Func<string, FileLintPlan>>? createResolver)
    {
        _createResolver = createResolver ?? (() => new ConfigurationResolver(BuiltInRules.Create, _defaultData).Resolve);
        _resolve = _createResolver();
        _defaults = new(() => new FileLintPlan(new Linter(new RuleSet(BuiltInRules.Create(_defaultData)), _defaultData), LintSettings.Default, IsIncluded: true, ConfigPath: null));
    }

    /// <summary>Starts reading configuration files afresh (after one changed on disk).</summary>
    public void Reload() => _resolve = _createResolver();

    public (FileLintPlan Plan, ConfigurationException? Error) Resolve(string path, FileLintPlan? lastGood)
    {
        try
        {
            return (_resolve(path), null);
        }
        catch (ConfigurationException e)
        {
            return (lastGood ?? _defaults.Value, e);
        }
    }

    /// <summary>True for the files whose change should reload the configuration.</summary>
    public static bool IsConfigurationFile(string path) =>
        Path.GetFileName(path) is "copylint.yaml" or "copylint.yml" or ".copylint.yaml" or ".copylint.yml";
}
