using System.Text.RegularExpressions;
using CopyLint.Engine.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CopyLint.Engine.Packs;

/// <summary>
/// Reads one rule pack with YamlDotNet's representation model (no reflection, so Native AOT keeps working) and
/// validates it, naming the file, line and column of anything wrong and the choices that would be right.
/// </summary>
public static partial class RulePackLoader
{
    private static readonly string[] Keys =
        ["id", "name", "kind", "title", "message", "category", "severity", "summary", "description", "reports", "left_alone", "ignore_case", "scope", "tokens", "patterns", "fix", "swap"];

    private static readonly string[] Kinds = ["existence", "substitution"];
    private static readonly string[] Severities = ["error", "warning", "info", "hint"];
    private static readonly string[] Scopes = ["text", "line"];
    private static readonly string[] Fixes = ["delete", "delete-line", "none"];
    private static readonly string[] Categories = ["boilerplate", "naming", "attribution", "numbers-and-dates", "typography", "house"];

    /// <summary>The rules of a pack file with the line and column where each starts.</summary>
    public static IReadOnlyList<(PackRule Rule, int Line, int Column)> Load(RuleDataFile file)
    {
        var reader = new Reader(file.DisplayPath, validatePatterns: !file.BuiltIn);
        var stream = new YamlStream();
        try
        {
            stream.Load(file.OpenText());
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(file.DisplayPath, (int)e.Start.Line, (int)e.Start.Column, "not valid YAML: " + e.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        var root = reader.Mapping(stream.Documents[0].RootNode, "a rule pack");
        reader.OnlyKeys(root, ["rules"]);
        if (!root.Children.TryGetValue(new YamlScalarNode("rules"), out var rulesNode))
        {
            return [];
        }

        if (rulesNode is not YamlSequenceNode rules)
        {
            throw reader.Error(rulesNode, "'rules' must be a list of rules (each item starting with '- id: …')");
        }

        return [.. rules.Children.Select(node => (reader.Rule(node), (int)node.Start.Line, (int)node.Start.Column))];
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^CL(?<family>[0-9])[0-9]{3}$")]
    private static partial Regex BuiltInIdPattern();

    /// <param name="validatePatterns">Parse each pattern to name a bad one at its line: every pack but the built-in ones.</param>
    private sealed class Reader(string path, bool validatePatterns)
    {
        public PackRule Rule(YamlNode node)
        {
            var map = Mapping(node, "a rule");
            OnlyKeys(map, Keys);
            var idNode = Get(map, "id") ?? throw Error(node, "a rule needs an 'id' (e.g. HOUSE001)");
            var id = Scalar(idNode, "id");
            if (!IdPattern().IsMatch(id))
            {
                throw Error(idNode, $"rule ID '{id}' must start with a letter and hold only letters, digits, '-' and '_'");
            }

            var kindNode = Get(map, "kind") ?? throw Error(node, $"rule {id} needs a 'kind': one of {string.Join(", ", Kinds)}");
            var kind = Choice(kindNode, "kind", Kinds) == "existence" ? PackRuleKind.Existence : PackRuleKind.Substitution;
            var message = OptionalScalar(map, "message") ?? throw Error(node, $"rule {id} needs a 'message' (it may use {{match}}{(kind == PackRuleKind.Substitution ? " and {right}" : "")})");
            var name = OptionalScalar(map, "name") ?? id.ToLowerInvariant();
            var ignoreCase = Get(map, "ignore_case") is { } ic && Choice(ic, "ignore_case", ["true", "false"]) == "true";
            var tokens = Strings(map, "tokens");
            var patterns = Strings(map, "patterns");
            var swap = Swap(map, id, kind);
            foreach (var (patternNode, pattern) in validatePatterns ? Items(map, "patterns") : [])
            {
                Validate(patternNode, pattern, ignoreCase);
            }

            if (kind == PackRuleKind.Existence && tokens.Count + patterns.Count == 0)
            {
                throw Error(node, $"existence rule {id} needs 'tokens' or 'patterns' to match");
            }

            if (kind == PackRuleKind.Substitution && (tokens.Count + patterns.Count > 0 || Get(map, "fix") is not null))
            {
                throw Error(node, $"substitution rule {id} matches the keys of 'swap' and always replaces with the right form: remove 'tokens', 'patterns' and 'fix'");
            }

            return new PackRule(
                id,
                name,
                kind,
                OptionalScalar(map, "title") ?? name,
                message,
                Category(map, id),
                Get(map, "severity") is { } s ? Enum.Parse<Severity>(Choice(s, "severity", Severities), ignoreCase: true) : Severity.Warning,
                OptionalScalar(map, "description") ?? OptionalScalar(map, "title") ?? name,
                ignoreCase,
                Get(map, "scope") is { } sc && Choice(sc, "scope", Scopes) == "line" ? PackScope.Line : PackScope.Text,
                tokens,
                patterns,
                Get(map, "fix") is { } f ? Choice(f, "fix", Fixes) switch { "delete" => PackFix.Delete, "delete-line" => PackFix.DeleteLine, _ => PackFix.None } : PackFix.Delete,
                swap,
                path)
            {
                Summary = OptionalScalar(map, "summary"),
                Reports = Strings(map, "reports"),
                LeftAlone = Strings(map, "left_alone"),
            };
        }

        public YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"expected {what} as a mapping of 'key: value' lines");

        public void OnlyKeys(YamlMappingNode map, string[] allowed)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = key is YamlScalarNode { Value: { } v } ? v : key.ToString();
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    throw Error(key, $"unknown key '{name}'; valid keys: {string.Join(", ", allowed)}");
                }
            }
        }

        public ConfigurationException Error(YamlNode node, string reason) =>
            new(path, (int)node.Start.Line, (int)node.Start.Column, reason);

        private static YamlNode? Get(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        private string Scalar(YamlNode node, string key) =>
            node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(node, $"'{key}' must be a non-empty text value");

        private string? OptionalScalar(YamlMappingNode map, string key) => Get(map, key) is { } node ? Scalar(node, key) : null;

        private string Choice(YamlNode node, string key, string[] choices)
        {
            var value = Scalar(node, key);
            return choices.FirstOrDefault(c => string.Equals(c, value, StringComparison.OrdinalIgnoreCase))
                ?? throw Error(node, $"'{value}' is not a valid {key}; valid choices: {string.Join(", ", choices)}");
        }

        private RuleCategory Category(YamlMappingNode map, string id)
        {
            if (Get(map, "category") is { } node)
            {
                var choice = Choice(node, "category", Categories);
                return Enum.Parse<RuleCategory>(choice.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            }

            if (BuiltInIdPattern().Match(id) is { Success: true } match)
            {
                var family = (RuleCategory)(match.Groups["family"].Value[0] - '0');
                if (family == RuleCategory.Internal)
                {
                    throw Error(Get(map, "id")!, $"rule ID '{id}': CL0xxx is reserved for CopyLint itself");
                }

                return Enum.IsDefined(family) ? family : RuleCategory.House;
            }

            return RuleCategory.House;
        }

        private IEnumerable<(YamlNode Node, string Value)> Items(YamlMappingNode map, string key)
        {
            if (Get(map, key) is not { } node)
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                throw Error(node, $"'{key}' must be a list, e.g. {key}: [\"one\", \"two\"]");
            }

            return sequence.Children.Select(item => (item, Scalar(item, key)));
        }

        private List<string> Strings(YamlMappingNode map, string key) => [.. Items(map, key).Select(i => i.Value)];

        private List<KeyValuePair<string, string>> Swap(YamlMappingNode map, string id, PackRuleKind kind)
        {
            var node = Get(map, "swap");
            if (kind == PackRuleKind.Existence)
            {
                return node is null ? [] : throw Error(node, $"existence rule {id} cannot have 'swap'; use kind: substitution");
            }

            if (node is not YamlMappingNode swap || swap.Children.Count == 0)
            {
                throw Error(node ?? map, $"substitution rule {id} needs 'swap', a mapping of wrong: right forms");
            }

            return [.. swap.Children.Select(p => KeyValuePair.Create(Scalar(p.Key, "swap"), p.Value is YamlScalarNode { Value: { } right } ? right : throw Error(p.Value, "each 'swap' value must be the right form, as text")))];
        }

        /// <summary>
        /// Parses the pattern as the matcher joins it, in a group of its own: a pattern that parses alone can still
        /// swallow the group's closing bracket (an inline "(?x)" comment), and that must fail here, at its line.
        /// </summary>
        private void Validate(YamlNode node, string pattern, bool ignoreCase)
        {
            var options = ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None;
            try
            {
                _ = new Regex($"(?:{pattern})", options);
            }
            catch (ArgumentException)
            {
                try
                {
                    _ = new Regex(pattern, options);
                }
                catch (ArgumentException e)
                {
                    throw Error(node, $"invalid regular expression: {e.Message}");
                }

                throw Error(node, "this pattern cannot be joined with the rule's others: it does not close inside a group (an \"(?x)\" comment runs to the end of the line; end it with a new line)");
            }
        }
    }
}
