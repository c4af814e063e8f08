using YamlDotNet.RepresentationModel;

namespace CopyLint.Engine.Configuration;

/// <summary>
/// Reads copylint.yaml with YamlDotNet's representation model (no reflection, so Native-AOT safe) and checks
/// everything that does not need the rule set: keys, severities, shapes, and the pack and list files it names.
/// </summary>
internal sealed class ConfigurationParser
{
    public static readonly string[] TopLevelKeys = ["severity", "options", "include", "exclude", "overrides", "packs", "lists"];
    public static readonly string[] OverrideKeys = ["files", "severity", "options"];
    public static readonly string[] SeverityNames = ["error", "warning", "info", "hint", "off"];

    private readonly string _path;
    private readonly YamlNodeReader _yaml;
    private readonly string _directory;
    private readonly IReadOnlyCollection<string> _knownLists;
    private readonly ICollection<string> _dependencies;

    private ConfigurationParser(string path, IReadOnlyCollection<string> knownLists, ICollection<string> dependencies)
    {
        _path = path;
        _yaml = new YamlNodeReader(path);
        _directory = Path.GetDirectoryName(path)!;
        _knownLists = knownLists;
        _dependencies = dependencies;
    }

    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/> (a full path).</summary>
    /// <param name="knownLists">Names of the lists the defaults hold, which a configuration may extend.</param>
    /// <param name="dependencies">Receives the full path of every other file the configuration reads (or tried to).</param>
    public static ConfigurationFile Parse(string path, string text, IReadOnlyCollection<string> knownLists, ICollection<string> dependencies) =>
        new ConfigurationParser(path, knownLists, dependencies).Parse(text);

    private ConfigurationFile Parse(string text)
    {
        var file = new ConfigurationFile(_path, RuleLayer.Empty, [], [], [], []);
        if (_yaml.LoadRoot(text) is not { } rootNode)
        {
            return file;
        }

        var root = _yaml.Mapping(rootNode, $"a mapping with the keys {Suggestions.List(TopLevelKeys)}");

        var severities = new List<SeveritySetting>();
        var options = new List<OptionSetting>();
        var data = new List<RuleDataFile>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = _yaml.Scalar(keyNode, "a key");
            switch (key.Value)
            {
                case "severity":
                    severities.AddRange(ParseSeverities(value));
                    break;
                case "options":
                    options.AddRange(ParseOptions(value));
                    break;
                case "include":
                    file = file with { Include = Values(_yaml.Strings(value, "a glob or a list of globs")) };
                    break;
                case "exclude":
                    file = file with { Exclude = Values(_yaml.Strings(value, "a glob or a list of globs")) };
                    break;
                case "overrides":
                    file = file with { Overrides = ParseOverrides(value) };
                    break;
                case "packs":
                    data.AddRange(_yaml.Strings(value, "a rule pack path or a list of them").Select(ReadPack));
                    file = file with { PacksAt = key.At };
                    break;
                case "lists":
                    data.AddRange(ParseLists(value));
                    break;
                default:
                    throw Error(key.At, $"unknown key '{key.Value}'.{Suggestions.DidYouMean(key.Value, TopLevelKeys)} Valid keys: {Suggestions.List(TopLevelKeys)}.");
            }
        }

        return file with { Rules = new RuleLayer(severities, options), Data = data };
    }

    private IEnumerable<SeveritySetting> ParseSeverities(YamlNode node)
    {
        foreach (var (keyNode, valueNode) in _yaml.Mapping(node, "a mapping of rule IDs or categories to severities").Children)
        {
            var value = _yaml.Scalar(valueNode, "a severity");
            var severity = value.Value.ToLowerInvariant() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                "hint" => Severity.Hint,
                "off" => (Severity?)null,
                _ => throw Error(value.At, $"unknown severity '{value.Value}'.{Suggestions.DidYouMean(value.Value, SeverityNames)} Valid severities: {Suggestions.List(SeverityNames)}."),
            };
            yield return new SeveritySetting(_yaml.Scalar(keyNode, "a rule ID or category"), severity);
        }
    }

    private IEnumerable<OptionSetting> ParseOptions(YamlNode node)
    {
        foreach (var (ruleNode, optionsNode) in _yaml.Mapping(node, "a mapping of rule IDs to their options").Children)
        {
            var rule = _yaml.Scalar(ruleNode, "a rule ID");
            foreach (var (nameNode, valueNode) in _yaml.Mapping(optionsNode, $"a mapping of {rule.Value}'s option names to values").Children)
            {
                var name = _yaml.Scalar(nameNode, "an option name");
                var scalars = _yaml.Strings(valueNode, "a value or a list of values");
                var value = valueNode is YamlSequenceNode ? OptionValue.Of(Values(scalars)) : OptionValue.Of(scalars[0].Value);
                yield return new OptionSetting(rule, name, value, scalars);
            }
        }
    }

    private List<ConfigurationOverride> ParseOverrides(YamlNode node)
    {
        var overrides = new List<ConfigurationOverride>();
        foreach (var item in _yaml.Sequence(node, "a list of overrides, each with 'files:' and 'severity:' or 'options:'"))
        {
            IReadOnlyList<string>? files = null;
            var severities = new List<SeveritySetting>();
            var options = new List<OptionSetting>();
            foreach (var (keyNode, value) in _yaml.Mapping(item, "an override with 'files:' and 'severity:' or 'options:'").Children)
            {
                var key = _yaml.Scalar(keyNode, "a key");
                switch (key.Value)
                {
                    case "files":
                        files = Values(_yaml.Strings(value, "a glob or a list of globs"));
                        break;
                    case "severity":
                        severities.AddRange(ParseSeverities(value));
                        break;
                    case "options":
                        options.AddRange(ParseOptions(value));
                        break;
                    default:
                        throw Error(key.At, $"unknown key '{key.Value}' in an override.{Suggestions.DidYouMean(key.Value, OverrideKeys)} Valid keys: {Suggestions.List(OverrideKeys)}.");
                }
            }

            if (files is null || files.Count == 0)
            {
                throw Error(YamlNodeReader.At(item), "an override needs 'files:' with at least one glob.");
            }

            overrides.Add(new ConfigurationOverride(files, new RuleLayer(severities, options)));
        }

        return overrides;
    }

    private IEnumerable<RuleDataFile> ParseLists(YamlNode node)
    {
        foreach (var (nameNode, valueNode) in _yaml.Mapping(node, "a mapping of list names to entries or a file path").Children)
        {
            var name = _yaml.Scalar(nameNode, "a list name");
            if (!_knownLists.Contains(name.Value))
            {
                var known = _knownLists.Order(StringComparer.Ordinal).ToList();
                throw Error(name.At, $"unknown list '{name.Value}'.{Suggestions.DidYouMean(name.Value, known)} Lists that can be extended: {(known.Count == 0 ? "none" : Suggestions.List(known))}.");
            }

            var logicalName = $"lists/{name.Value}.txt";
            if (valueNode is YamlSequenceNode)
            {
                var entries = _yaml.Strings(valueNode, "a list of entries");
                yield return new RuleDataFile(logicalName, string.Join('\n', entries.Select(e => e.Value)), _path);
            }
            else
            {
                var (fullPath, content) = ReadFile(_yaml.Scalar(valueNode, "a list of entries or a file path"), "word list");
                yield return new RuleDataFile(logicalName, content, fullPath);
            }
        }
    }

    private RuleDataFile ReadPack(Located reference)
    {
        var (fullPath, content) = ReadFile(reference, "rule pack");
        var logicalName = "packs/user/" + Path.GetRelativePath(_directory, fullPath).Replace('\\', '/');
        return new RuleDataFile(logicalName, content, fullPath);
    }

    private (string FullPath, string Content) ReadFile(Located reference, string what)
    {
        var fullPath = Path.GetFullPath(reference.Value, _directory);
        _dependencies.Add(fullPath);
        try
        {
            return (fullPath, File.ReadAllText(fullPath));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Error(reference.At, $"{what} '{reference.Value}' not found (looked for {fullPath}).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(reference.At, $"cannot read {what} '{reference.Value}': {e.Message}");
        }
    }

    private static List<string> Values(IEnumerable<Located> items) => [.. items.Select(i => i.Value)];

    private ConfigurationException Error(Position at, string reason) => _yaml.Error(at, reason);
}
