using YamlDotNet.RepresentationModel;

namespace CopyLint.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Rules_lists_every_rule_with_its_columns()
    {
        var result = _cli.Run("rules");

        Assert.Equal(0, result.ExitCode);
        var row = result.Out.Split('\n').Single(l => l.Contains("CL5001", StringComparison.Ordinal));
        Assert.Contains("repeated-word", row);
        Assert.Contains("Typography", row);
        Assert.Contains("warning", row);
        Assert.Contains("Repeated word", row);
    }

    [Theory]
    [InlineData("CL5001")]
    [InlineData("cl5001")]
    [InlineData("repeated-word")]
    public void Explain_shows_a_rule(string id)
    {
        var result = _cli.Run("explain", id);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("CL5001 repeated-word: Repeated word", result.Out);
        Assert.Contains("Category:         Typography", result.Out);
        Assert.Contains("Default severity: warning", result.Out);
        Assert.Contains("Options: none", result.Out);
        Assert.Contains("Help: https://", result.Out);
    }

    [Fact]
    public void Explain_of_an_unknown_rule_exits_2_with_close_ids()
    {
        var result = _cli.Run("explain", "CL5009");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown rule 'CL5009'; did you mean CL5001", result.Error);
    }

    [Fact]
    public void Init_writes_a_commented_yaml_template_and_refuses_to_overwrite()
    {
        var first = _cli.Run("init");
        var written = _cli.Read("copylint.yaml");
        var second = _cli.Run("init");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Error);
        Assert.Equal(written, _cli.Read("copylint.yaml"));
        Assert.Contains("# ", written);
        var keys = TopLevelKeys(written);
        Assert.All(keys, k => Assert.Contains(k, (string[])["severity", "options", "include", "exclude", "overrides", "packs", "lists"]));
        foreach (var documented in new[] { "options:", "overrides:", "packs:", "lists:" })
        {
            Assert.Contains(documented, written);
        }
    }

    [Fact]
    public void The_init_template_is_a_valid_configuration()
    {
        _cli.Run("init");
        _cli.Write("story.txt", "It was late.\n");
        _cli.Write("drafts/story.txt", "It was was late.\n");

        var result = _cli.Run("check", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal("No problems in 1 file", result.Out.Trim());
    }

    [Fact]
    public void Configuration_errors_exit_2_naming_the_line()
    {
        _cli.Write("copylint.yaml", "severity:\n  CL5001: erorr\n");
        _cli.Write("story.txt", "It was late.\n");

        var result = _cli.Run("check", "story.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("copylint.yaml:2:", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Example_configuration_and_pack_use_the_documented_format()
    {
        var config = File.ReadAllText(Path.Combine(RepoPaths.Examples, "copylint.yaml"));
        Assert.Equal(["severity", "include", "exclude", "overrides", "packs", "lists"], TopLevelKeys(config));

        var pack = Load(File.ReadAllText(Path.Combine(RepoPaths.Examples, "house-style.yaml")));
        var rules = (YamlSequenceNode)pack.Children[new YamlScalarNode("rules")];
        foreach (YamlMappingNode rule in rules)
        {
            var id = rule.Children[new YamlScalarNode("id")].ToString();
            Assert.False(id.StartsWith("CL", StringComparison.Ordinal), $"{id}: CL IDs are reserved");
            Assert.Contains(rule.Children[new YamlScalarNode("kind")].ToString(), (string[])["existence", "substitution"]);
        }
    }

    [Fact]
    public void Examples_show_findings_without_configuration_errors()
    {
        var result = _cli.Run("check", RepoPaths.Examples);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("error:", result.Error);
        Assert.Contains("CL5001", result.Out);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, _cli.Run("frobnicate").ExitCode);
        Assert.Equal(2, _cli.Run("check", "--fail-on", "sometimes").ExitCode);
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string[] TopLevelKeys(string yaml) => [.. Load(yaml).Children.Keys.Select(k => k.ToString())];
}

public sealed class ParseCommandTests : IDisposable
{
    private readonly TestCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Parse_shows_paragraphs_and_sentences()
    {
        _cli.Write("story.txt", "Headline\n\nFirst sentence here. Second one follows.\n");

        var result = _cli.Run("parse", "story.txt");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("First sentence here.", result.Out);
        Assert.Contains("Second one follows.", result.Out);
        Assert.Contains("¶", result.Out);
    }
}
