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
        return new FileLintPlan(Linter, SettingsFor(matched), included, _file.Path);
    }

    /// <summary>
    /// <see cref="PlanFor(string)"/> for many files (full paths), with each glob matched once against all of them:
    /// a glob's verdict on a file depends only on the file's own path, so one pass over the lot gives each file the
    /// verdict a pass over it alone would.
    /// </summary>
    public FileLintPlan[] PlansFor(IReadOnlyList<string> fullPaths)
    {
        if (_include is null && _exclude is null && _overrides.Length == 0)
        {
            // No globs: every file, inside the folder or outside it, is included with the top-level settings.
            var plan = new FileLintPlan(Linter, SettingsFor([]), IsIncluded: true, _file.Path);
            var all = new FileLintPlan[fullPaths.Count];
            Array.Fill(all, plan);
            return all;
        }

        var isInside = fullPaths.Select(IsInside).ToArray();
        var inside = fullPaths.Where((_, i) => isInside[i]).ToList();
        var included = _include is null ? null : MatchedAmong(_include, inside);
        var excluded = _exclude is null ? null : MatchedAmong(_exclude, inside);
        var overrides = Array.ConvertAll(_overrides, o => MatchedAmong(o, inside));
        var plans = new Dictionary<(string Overrides, bool Included), FileLintPlan>();
        var result = new FileLintPlan[fullPaths.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var path = fullPaths[i];
            var isIncluded = !isInside[i] || ((included is null || included.Contains(path)) && (excluded is null || !excluded.Contains(path)));
            var matched = isInside[i] ? Enumerable.Range(0, overrides.Length).Where(o => overrides[o].Contains(path)).ToList() : [];
            var key = (string.Join(',', matched), isIncluded);
            if (!plans.TryGetValue(key, out var plan))
            {
                plans[key] = plan = new FileLintPlan(Linter, SettingsFor(matched), isIncluded, _file.Path);
            }

            result[i] = plan;
        }

        return result;
    }

    private LintSettings SettingsFor(List<int> matched) =>
        _settings.GetOrAdd(string.Join(',', matched), _ => _compiler.Compile([_file.Rules, .. matched.Select(i => _file.Overrides[i].Layer)]));

    /// <summary>The full paths, among <paramref name="fullPaths"/>, that the matcher matches relative to the configuration's folder.</summary>
    private HashSet<string> MatchedAmong(Matcher matcher, List<string> fullPaths)
    {
        // Matches are paths relative to the folder as the matcher normalises it, their segments joined with '/'.
        var root = Path.GetFullPath(_file.Directory);
        return matcher.Match(_file.Directory, fullPaths).Files.Select(f => Path.Join(root, f.Path.Replace('/', Path.DirectorySeparatorChar))).ToHashSet(StringComparer.Ordinal);
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
