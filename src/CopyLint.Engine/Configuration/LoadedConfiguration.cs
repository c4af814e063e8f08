using System.Collections.Concurrent;
using Microsoft.Extensions.FileSystemGlobbing;

namespace CopyLint.Engine.Configuration;

/// <summary>
/// A validated configuration with its linter: answers, per file, whether the globs include it and which settings
/// apply. Settings are compiled once per distinct set of matching overrides.
/// </summary>
internal sealed class LoadedConfiguration
{
    private readonly ConfigurationFile _file;
    private readonly SettingsCompiler _compiler;
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly Matcher[] _overrides;
    private readonly ConcurrentDictionary<string, LintSettings> _settings = new(StringComparer.Ordinal);

    public LoadedConfiguration(ConfigurationFile file, Linter linter)
    {
        _file = file;
        Linter = linter;
        _compiler = new SettingsCompiler(linter.Rules, file.Path);
        _compiler.Validate(file.Rules);
        foreach (var item in file.Overrides)
        {
            _compiler.Validate(item.Layer);
        }

        _include = file.Include.Count == 0 ? null : MatcherFor(file.Include);
        _exclude = file.Exclude.Count == 0 ? null : MatcherFor(file.Exclude);
        _overrides = [.. file.Overrides.Select(o => MatcherFor(o.Files))];
        _settings[string.Empty] = _compiler.Compile([file.Rules]);
    }

    public Linter Linter { get; }

    /// <summary>
    /// The plan for a file (a full path). Globs are relative to the configuration's folder; a file outside that folder
    /// (possible with an explicit configuration) is included and gets the top-level settings only.
    /// </summary>
    public FileLintPlan PlanFor(string fullPath)
    {
        var inside = IsInside(fullPath);
        var included = !inside || ((_include is null || Matches(_include, fullPath)) && (_exclude is null || !Matches(_exclude, fullPath)));
        var matched = inside ? Enumerable.Range(0, _overrides.Length).Where(i => Matches(_overrides[i], fullPath)).ToList() : [];
        var settings = _settings.GetOrAdd(string.Join(',', matched), _ => _compiler.Compile([_file.Rules, .. matched.Select(i => _file.Overrides[i].Layer)]));
        return new FileLintPlan(Linter, settings, included, _file.Path);
    }

    private bool IsInside(string fullPath)
    {
        var relative = Path.GetRelativePath(_file.Directory, fullPath);
        return !Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private bool Matches(Matcher matcher, string fullPath) => matcher.Match(_file.Directory, fullPath).HasMatches;

    private static Matcher MatcherFor(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(globs);
        return matcher;
    }
}
