using CopyLint.Engine;
using CopyLint.Engine.Configuration;
using CopyLint.Engine.Packs;
using static CopyLint.Rules.Tests.Packs.PackTestData;

namespace CopyLint.Rules.Tests.Packs;

public sealed class RulePackLoadingTests
{
    private const string HousePack = """
        rules:
          - id: HOUSE001
            name: no-utilize
            kind: substitution
            title: Plain words
            message: "Use '{right}', not '{match}'"
            severity: info
            summary: Plain words read faster.
            description: Plain words read faster. The swap list gives the plain word for each long one.
            ignore_case: true
            swap: { "utilize": "use", "in order to": "to" }
            reports: ["'utilize' and 'in order to', in any case"]
            left_alone: ["'utilise' (swap it in a pack of your own)"]
          - id: CL1901
            kind: existence
            message: "'{match}' is junk"
            tokens: ["Sponsored by Acme"]
        """;

    [Fact]
    public void Built_in_packs_pass_the_pattern_checks_their_loading_skips()
    {
        foreach (var file in EmbeddedRuleData.Load().Packs)
        {
            Assert.True(file.BuiltIn, file.Name);
            Assert.Equal(
                RulePackLoader.Load(file).Select(r => r.Rule.Id),
                RulePackLoader.Load(file with { BuiltIn = false }).Select(r => r.Rule.Id));
        }
    }

    [Fact]
    public void A_bad_pattern_in_a_user_pack_is_named_at_its_line()
    {
        var pack = new RuleDataFile("packs/house.yaml", "rules:\n  - id: HOUSE002\n    kind: existence\n    message: m\n    patterns: [\"(unclosed\"]\n", "house.yaml");
        var error = Assert.Throws<ConfigurationException>(() => RulePackLoader.Load(pack));
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Each_rule_becomes_an_analyzer_with_its_own_descriptor()
    {
        var analyzers = Load(Pack(HousePack));

        var descriptors = analyzers.SelectMany(a => a.SupportedDiagnostics).ToDictionary(d => d.Id);
        Assert.Equal(["CL1901", "HOUSE001"], descriptors.Keys.Order(StringComparer.Ordinal));
        var house = descriptors["HOUSE001"];
        Assert.Equal("no-utilize", house.Name);
        Assert.Equal("Plain words", house.Title);
        Assert.Equal(RuleCategory.House, house.Category);
        Assert.Equal(Severity.Info, house.DefaultSeverity);
        Assert.Equal("Plain words read faster.", house.Summary);
        Assert.Equal("Plain words read faster. The swap list gives the plain word for each long one.", house.Description);
        Assert.Equal("Use 'use', not 'utilize'", house.FormatMessage("utilize", "use"));
        Assert.Equal(["'utilize' and 'in order to', in any case"], house.Reports);
        Assert.Equal(["'utilise' (swap it in a pack of your own)"], house.LeftAlone);
        Assert.IsType<SubstitutionRule>(analyzers.Single(a => a.SupportedDiagnostics[0].Id == "HOUSE001"));

        var junk = descriptors["CL1901"];
        Assert.Equal(RuleCategory.Boilerplate, junk.Category);
        Assert.Equal(Severity.Warning, junk.DefaultSeverity);
        Assert.Equal("cl1901", junk.Name);
        Assert.Equal(junk.Description, junk.Summary);
        Assert.Empty(junk.Reports);
    }

    [Fact]
    public void Built_in_packs_load_into_the_default_rule_set()
    {
        var ids = RuleHarness.Rules.Descriptors.Select(d => d.Id).ToHashSet();
        Assert.Contains("CL1101", ids);
        Assert.Contains("CL1106", ids);
        Assert.All(RuleHarness.Rules.Descriptors.Where(d => d.Id.StartsWith("CL11", StringComparison.Ordinal)), d => Assert.Equal(RuleCategory.Boilerplate, d.Category));
    }

    [Fact]
    public void A_message_keeps_other_braces_literally()
    {
        var analyzer = Load(Pack("""
            rules:
              - id: HOUSE002
                kind: existence
                message: "'{match}' in {braces}"
                tokens: ["foo"]
            """)).Single();
        Assert.Equal("'foo' in {braces}", analyzer.SupportedDiagnostics[0].FormatMessage("foo"));
    }

    [Fact]
    public void An_empty_pack_has_no_rules()
    {
        Assert.Empty(Load(Pack(string.Empty)));
        Assert.Empty(Load(Pack("rules: []")));
    }

    [Fact]
    public void Packs_are_yaml_files_and_lists_are_not_packs()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [a]\n";

        Assert.Single(Load(Pack(Yaml, "packs/user/house.yml")));
        Assert.Empty(RulePacks.Load(new RuleDataSet([new RuleDataFile("lists/house.yaml", Yaml, "x")])));
        var error = Assert.Throws<ConfigurationException>(() => Load(Pack(Yaml, "packs/user/house.pack", "house.pack")));
        Assert.Equal("house.pack", error.Path);
        Assert.Contains("*.yaml", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules:\n  - id: [unclosed\n", 3, "not valid YAML")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [a]\n    colour: red\n", 6, "unknown key 'colour'; valid keys: id, name, kind")]
    [InlineData("rules:\n  - kind: existence\n    message: m\n    tokens: [a]\n", 2, "needs an 'id'")]
    [InlineData("rules:\n  - id: H1\n    kind: exists\n    message: m\n    tokens: [a]\n", 3, "'exists' is not a valid kind; valid choices: existence, substitution")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    severity: fatal\n    tokens: [a]\n", 5, "valid choices: error, warning, info, hint")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    scope: page\n    tokens: [a]\n", 5, "valid choices: text, line")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    fix: erase\n    tokens: [a]\n", 5, "valid choices: delete, delete-line, none")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    patterns: ['(unclosed']\n", 5, "invalid regular expression")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    patterns: ['(?x)a #comment']\n", 5, "cannot be joined with the rule's others")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n", 2, "needs 'tokens' or 'patterns'")]
    [InlineData("rules:\n  - id: H1\n    kind: substitution\n    message: m\n", 2, "needs 'swap'")]
    [InlineData("rules:\n  - id: CL0042\n    kind: existence\n    message: m\n    tokens: [a]\n", 2, "reserved")]
    [InlineData("rules:\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [a]\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [b]\n", 6, "rule ID 'H1' is already declared")]
    [InlineData("rulez: []\n", 1, "unknown key 'rulez'; valid keys: rules")]
    public void A_broken_pack_names_the_file_line_and_choices(string yaml, int line, string reason)
    {
        var error = Assert.Throws<ConfigurationException>(() => Load(Pack(yaml)));

        Assert.Equal(UserPackPath, error.Path);
        Assert.Equal(line, error.Line);
        Assert.True(error.Column >= 1);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{UserPackPath}:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_ID_given_in_two_packs_names_both()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [a]\n";
        var error = Assert.Throws<ConfigurationException>(() => Load(Pack(Yaml, "packs/a.yaml", "a.yaml"), Pack(Yaml, "packs/b.yaml", "b.yaml")));

        Assert.Equal("b.yaml", error.Path);
        Assert.Contains("already declared in a.yaml", error.Reason, StringComparison.Ordinal);
    }
}
