using CopyLint.Engine.Configuration;

namespace CopyLint.Engine.Tests;

/// <summary>Every configuration mistake names the file, line and column, and the valid choices.</summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private ConfigurationException ErrorFor(string yaml)
    {
        var config = _tree.Write("copylint.yaml", yaml);
        var error = Assert.Throws<ConfigurationException>(() => new ConfigurationResolver(TestRules.Create, TestRules.Defaults).Resolve(_tree.PathOf("story.txt")));
        Assert.Equal(config, error.Path);
        Assert.StartsWith($"{config}:{error.Line}:{error.Column}: ", error.Message);
        return error;
    }

    private static void AssertAt(ConfigurationException error, int line, int column) => Assert.Equal((line, column), (error.Line, error.Column));

    [Fact]
    public void Unknown_top_level_key_suggests_the_closest_and_lists_the_keys()
    {
        var error = ErrorFor("include: [\"**/*.txt\"]\nseverty:\n  CL1901: error\n");

        AssertAt(error, 2, 1);
        Assert.Equal("unknown key 'severty'. Did you mean 'severity'? Valid keys: severity, options, include, exclude, overrides, packs, lists.", error.Reason);
    }

    [Fact]
    public void Unknown_rule_ID_suggests_close_IDs()
    {
        var error = ErrorFor("severity:\n  CL1910: error\n");

        AssertAt(error, 2, 3);
        Assert.Contains("unknown rule ID or category 'CL1910'. Did you mean 'CL1901'", error.Reason);
        Assert.Contains("Categories: Boilerplate, Naming, Attribution, NumbersAndDates, Typography, House.", error.Reason);
    }

    [Fact]
    public void Unknown_category_suggests_the_category()
    {
        var error = ErrorFor("severity: { Typograpy: off }\n");

        AssertAt(error, 1, 13);
        Assert.Contains("Did you mean 'Typography'?", error.Reason);
    }

    [Fact]
    public void Category_names_ignore_case()
    {
        _tree.Write("copylint.yaml", "severity: { typography: off }\n");

        var plan = new ConfigurationResolver(TestRules.Create, TestRules.Defaults).Resolve(_tree.PathOf("story.txt"));

        Assert.Null(plan.Settings.EffectiveSeverity(plan.Linter.Rules.Find(TestRules.Intensifier)!));
    }

    [Fact]
    public void Unknown_severity_lists_the_severities()
    {
        var error = ErrorFor("severity:\n  CL1901: warn\n");

        AssertAt(error, 2, 11);
        Assert.Equal("unknown severity 'warn'. Did you mean 'warning'? Valid severities: error, warning, info, hint, off.", error.Reason);
    }

    [Fact]
    public void Unknown_option_lists_the_rules_options()
    {
        var error = ErrorFor("options:\n  CL5901:\n    extra-word: [hugely]\n");

        AssertAt(error, 3, 5);
        Assert.Equal("rule CL5901 has no option 'extra-word'. Did you mean 'extra-words'? Its options: style, extra-words, limit.", error.Reason);
    }

    [Fact]
    public void An_option_for_a_rule_without_options_is_an_error()
    {
        var error = ErrorFor("options: { CL1901: { style: strict } }\n");

        AssertAt(error, 1, 22);
        Assert.Equal("rule CL1901 has no options.", error.Reason);
    }

    [Fact]
    public void Options_under_an_unknown_rule_are_an_error()
    {
        var error = ErrorFor("options:\n  CL5910: { style: strict }\n");

        AssertAt(error, 2, 3);
        Assert.Contains("Did you mean 'CL5901'?", error.Reason);
    }

    [Fact]
    public void An_option_value_outside_the_allowed_values_lists_them()
    {
        var error = ErrorFor("options:\n  CL5901: { style: lenient }\n");

        AssertAt(error, 2, 20);
        Assert.Equal("'lenient' is not a valid value for CL5901's option 'style'. Valid values: strict, relaxed.", error.Reason);
    }

    [Fact]
    public void An_option_value_its_test_refuses_says_what_is_expected()
    {
        var error = ErrorFor("options:\n  CL5901: { limit: ten }\n");

        AssertAt(error, 2, 20);
        Assert.Equal("'ten' is not a valid value for CL5901's option 'limit'. Expected a whole number.", error.Reason);
    }

    [Fact]
    public void Option_errors_in_overrides_are_found_even_when_no_file_matches()
    {
        var error = ErrorFor("overrides:\n  - files: [sport/**]\n    options: { CL5901: { style: strict-ish } }\n");

        AssertAt(error, 3, 33);
        Assert.Contains("Did you mean 'strict'?", error.Reason);
    }

    [Fact]
    public void A_missing_pack_names_the_path_looked_for()
    {
        var error = ErrorFor("packs:\n  - house-style.yaml\n");

        AssertAt(error, 2, 5);
        Assert.Equal($"rule pack 'house-style.yaml' not found (looked for {_tree.PathOf("house-style.yaml")}).", error.Reason);
    }

    [Fact]
    public void A_missing_list_file_is_an_error()
    {
        var error = ErrorFor("lists:\n  test-words: acronyms.txt\n");

        AssertAt(error, 2, 15);
        Assert.Equal($"word list 'acronyms.txt' not found (looked for {_tree.PathOf("acronyms.txt")}).", error.Reason);
    }

    [Fact]
    public void A_pack_reusing_a_rule_ID_points_at_the_packs()
    {
        _tree.Write("house.pack", "CL1901 productive\n");

        var error = ErrorFor("severity: { CL1901: error }\npacks: [house.pack]\n");

        AssertAt(error, 2, 1);
        Assert.Contains("Rule ID CL1901 is declared twice", error.Reason);
    }

    [Fact]
    public void An_unknown_list_lists_those_that_can_be_extended()
    {
        var error = ErrorFor("lists:\n  test-word: [Kursk]\n");

        AssertAt(error, 2, 3);
        Assert.Equal("unknown list 'test-word'. Did you mean 'test-words'? Lists that can be extended: test-words.", error.Reason);
    }

    [Fact]
    public void Bad_YAML_syntax_gives_the_parsers_position()
    {
        var error = ErrorFor("severity:\n  CL1901: error\n include: [\"**/*.txt\"\n");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("invalid YAML: ", error.Reason);
        Assert.DoesNotContain("Idx:", error.Reason);
    }

    [Fact]
    public void Duplicate_keys_are_reported()
    {
        var error = ErrorFor("severity:\n  CL1901: error\n  CL1901: off\n");

        AssertAt(error, 3, 3);
        Assert.StartsWith("invalid YAML: ", error.Reason);
    }

    [Fact]
    public void A_file_that_is_not_a_mapping_is_an_error()
    {
        var error = ErrorFor("- severity\n- options\n");

        AssertAt(error, 1, 1);
        Assert.StartsWith("expected a mapping with the keys severity, options", error.Reason);
    }

    [Fact]
    public void An_override_needs_files_and_known_keys()
    {
        AssertAt(ErrorFor("overrides:\n  - severity: { CL1901: off }\n"), 2, 5);
        var error = ErrorFor("overrides:\n  - files: [a/**]\n    severities: { CL1901: off }\n");

        AssertAt(error, 3, 5);
        Assert.Equal("unknown key 'severities' in an override. Did you mean 'severity'? Valid keys: files, severity, options.", error.Reason);
    }

    [Fact]
    public void Empty_or_comment_only_files_are_the_defaults()
    {
        _tree.Write("copylint.yaml", "# nothing yet\n");

        var plan = new ConfigurationResolver(TestRules.Create, TestRules.Defaults).Resolve(_tree.PathOf("story.txt"));

        Assert.True(plan.IsIncluded);
        Assert.Equal(Severity.Warning, plan.Settings.EffectiveSeverity(plan.Linter.Rules.Find(TestRules.Advertisement)!));
    }
}
