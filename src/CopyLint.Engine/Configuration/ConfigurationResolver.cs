using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace CopyLint.Engine.Configuration;

/// <summary>
/// Finds and applies the copylint.yaml for each file (or the one given with --config), caching one linter per
/// configuration. Shared by the command line and the language server. Thread-safe.
/// </summary>
/// <remarks>
/// A cached configuration is re-read when its file, or a pack or list file it names, changes (last-write time or
/// length), so an editor sees edits without restarting. Which folder holds the nearest configuration is looked up once
/// per folder; <see cref="Invalidate"/> drops every cached configuration and lookup.
/// A configuration that failed to load keeps failing with the same error until one of those files changes.
/// </remarks>
/// <param name="createRules">Builds the analyzers from rule data (the built-in rules plus a configuration's packs).</param>
/// <param name="defaults">The embedded default rule data.</param>
/// <param name="explicitConfigPath">A configuration to use for every file instead of searching upwards.</param>
public sealed class ConfigurationResolver(Func<RuleDataSet, IEnumerable<Analyzer>> createRules, RuleDataSet defaults, string? explicitConfigPath = null)
{
    public const string FileName = "copylint.yaml";

    private readonly Lazy<Linter> _defaultLinter = new(() => new Linter(new RuleSet(createRules(defaults)), defaults));
    private readonly ConcurrentDictionary<string, CachedConfiguration> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _configurationByDirectory = new(StringComparer.Ordinal);
    // Only a configuration file's lists are checked against these: a run with none does not gather them.
    private readonly Lazy<string[]> _knownLists = new(() =>
        [.. defaults.Files.Select(f => f.Name).Where(n => n.StartsWith("lists/", StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal)).Select(n => n[6..^4])]);

    /// <summary>The plan for a file (standard input: a path in the current folder). Throws <see cref="ConfigurationException"/>.</summary>
    public FileLintPlan Resolve(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        var configPath = explicitConfigPath is not null ? Path.GetFullPath(explicitConfigPath) : ConfigurationFor(Path.GetDirectoryName(fullPath));
        return configPath is null
            ? new FileLintPlan(_defaultLinter.Value, LintSettings.Default, IsIncluded: true, ConfigPath: null)
            : Load(configPath).PlanFor(fullPath);
    }

    /// <summary>
    /// The plans for many files (same order), as <see cref="Resolve"/> gives them one by one, for a run that reads its
    /// configurations once: each configuration is checked on disk once, not once per file, and its globs are matched
    /// against all of its files in one pass. A file whose configuration fails to load gets null (its
    /// <see cref="Resolve"/> raises the error), so a run can report it when it comes to that file.
    /// </summary>
    public FileLintPlan?[] ResolveAll(IReadOnlyList<string> filePaths)
    {
        var plans = new FileLintPlan?[filePaths.Count];
        var explicitPath = explicitConfigPath is not null ? Path.GetFullPath(explicitConfigPath) : null;
        var byConfiguration = new Dictionary<string, List<(int Index, string FullPath)>>(StringComparer.Ordinal);
        FileLintPlan? defaults = null;
        string? directory = null;
        string? configPath = null;
        for (var i = 0; i < plans.Length; i++)
        {
            var fullPath = FullPath(filePaths[i]);
            // Files mostly come folder by folder: the configuration is looked up again only when the folder changes.
            if (i == 0 || !Path.GetDirectoryName(fullPath.AsSpan()).SequenceEqual(directory))
            {
                directory = Path.GetDirectoryName(fullPath);
                configPath = explicitPath ?? ConfigurationFor(directory);
            }

            if (configPath is null)
            {
                plans[i] = defaults ??= new FileLintPlan(_defaultLinter.Value, LintSettings.Default, IsIncluded: true, ConfigPath: null);
            }
            else
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byConfiguration, configPath, out _) ??= []).Add((i, fullPath));
            }
        }

        foreach (var (path, files) in byConfiguration)
        {
            FileLintPlan[] found;
            try
            {
                found = Load(path).PlansFor([.. files.Select(f => f.FullPath)]);
            }
            catch (ConfigurationException)
            {
                continue;
            }

            for (var k = 0; k < found.Length; k++)
            {
                plans[files[k].Index] = found[k];
            }
        }

        return plans;
    }

    /// <summary>
    /// <see cref="Path.GetFullPath(string)"/>, without its work on a path it cannot change (absolute, no "." or ".."
    /// segment, no doubled separator): a run's files are found with full paths already.
    /// </summary>
    private static string FullPath(string path) =>
        Path.DirectorySeparatorChar == '/' && path.StartsWith('/') && !path.Contains("/.", StringComparison.Ordinal)
        && !path.Contains("//", StringComparison.Ordinal) && !path.Contains('\0')
            ? path
            : Path.GetFullPath(path);

    /// <summary>The nearest copylint.yaml in the file's folder or above it, or null.</summary>
    public static string? FindConfiguration(string filePath)
    {
        for (var directory = Path.GetDirectoryName(Path.GetFullPath(filePath)); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Forgets every cached configuration and where they are; the next <see cref="Resolve"/> looks again.</summary>
    public void Invalidate()
    {
        _configurationByDirectory.Clear();
        _cache.Clear();
    }

    /// <summary>
    /// <see cref="FindConfiguration"/>, remembered per folder: a run over many files probes each folder once, not once
    /// per file for every folder up to the root.
    /// </summary>
    private string? ConfigurationFor(string? directory) =>
        directory is null ? null : _configurationByDirectory.GetOrAdd(directory, d =>
            Path.Combine(d, FileName) is var candidate && File.Exists(candidate) ? candidate : ConfigurationFor(Path.GetDirectoryName(d)));

    private LoadedConfiguration Load(string configPath)
    {
        while (true)
        {
            var cached = _cache.GetOrAdd(configPath, p => new CachedConfiguration(p, Read));
            if (cached.IsCurrent())
            {
                return cached.Value;
            }

            _cache.TryRemove(KeyValuePair.Create(configPath, cached));
        }
    }

    private LoadedConfiguration Read(string configPath, ICollection<string> dependencies)
    {
        string text;
        try
        {
            text = File.ReadAllText(configPath);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException(configPath, 1, 1, "configuration file not found.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(configPath, 1, 1, $"cannot read the configuration: {e.Message}");
        }

        var file = ConfigurationParser.Parse(configPath, text, _knownLists.Value, dependencies);
        if (file.Data.Count == 0)
        {
            return new LoadedConfiguration(file, _defaultLinter.Value);
        }

        var data = defaults.With(file.Data);
        var analyzers = createRules(data).ToList();
        try
        {
            return new LoadedConfiguration(file, new Linter(new RuleSet(analyzers), data));
        }
        catch (InvalidOperationException e)
        {
            // A pack rule reusing a rule ID: the fix is in the packs this configuration adds.
            throw new ConfigurationException(configPath, file.PacksAt.Line, file.PacksAt.Column, e.Message);
        }
    }
}
