using CopyLint.Engine;
using CopyLint.Engine.Packs;
using CopyLint.Text;
using static CopyLint.Rules.Tests.Packs.PackTestData;

namespace CopyLint.Rules.Tests.Packs;

public sealed class PackRuleBehaviourTests
{
    [Fact]
    public void Tokens_match_whole_words_only()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: \"'{match}' found\"\n    ignore_case: true\n    tokens: [\"cat\", \"(Photo)\"]\n";

        var found = Lint(Yaml, "The Cat sat. A category of cats. (Photo) here.");

        Assert.Equal(["'Cat' found", "'(Photo)' found"], found.Select(d => d.Message));
    }

    [Fact]
    public void Tokens_are_case_sensitive_unless_told()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [\"cat\"]\n";
        Assert.Single(Lint(Yaml, "The Cat and the cat."));
    }

    [Fact]
    public void Line_scope_matches_only_a_whole_trimmed_line_and_deletes_it_without_a_hole()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    scope: line\n    fix: delete-line\n    tokens: [\"Advertisement\"]\n";
        const string Text = "First paragraph.\n\n  Advertisement  \n\nAdvertisement revenue rose.\n";

        var found = Lint(Yaml, Text);

        var diagnostic = Assert.Single(found);
        Assert.Equal(new LinePosition(3, 3), diagnostic.Start);
        Assert.Equal("First paragraph.\n\nAdvertisement revenue rose.\n", ApplyFixes(Text, found));
    }

    [Fact]
    public void Delete_removes_the_match_and_one_side_of_spaces()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    tokens: [\"basically\"]\n";
        const string Text = "It is basically done. Basically not.";

        Assert.Equal("It is done. Basically not.", ApplyFixes(Text, Lint(Yaml, Text)));
    }

    [Fact]
    public void Fix_none_offers_no_fix()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    fix: none\n    patterns: ['\\d+ per cent']\n";
        Assert.Empty(Assert.Single(Lint(Yaml, "Up 5 per cent.")).Fixes);
    }

    [Fact]
    public void Substitution_reports_the_right_form_and_keeps_a_capital()
    {
        const string Yaml = """
            rules:
              - id: HOUSE001
                kind: substitution
                message: "Use '{right}', not '{match}'"
                ignore_case: true
                swap: { "Kiev": "Kyiv", "in order to": "to" }
            """;
        const string Text = "Talks in Kiev resumed in  order to end the war. In order to win, KIEV voted. Kyiv is calm.";

        var found = Lint(Yaml, Text);

        Assert.Equal(["Use 'Kyiv', not 'Kiev'", "Use 'to', not 'in  order to'", "Use 'To', not 'In order to'", "Use 'Kyiv', not 'KIEV'"], found.Select(d => d.Message));
        Assert.Equal("Talks in Kyiv resumed to end the war. To win, Kyiv voted. Kyiv is calm.", ApplyFixes(Text, found));
    }

    [Fact]
    public void A_catastrophic_pattern_runs_in_linear_time()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    patterns: ['(a+)+$']\n";
        var text = new string('a', 50_000) + "b";

        var matcher = PackMatcher.Create(RulePackLoader.Load(Pack(Yaml)).Single().Rule);
        var found = Lint(Yaml, text);

        Assert.False(matcher.IsBacktracking);
        Assert.Empty(found);
    }

    [Fact]
    public void A_pattern_the_linear_engine_rejects_falls_back_to_a_timeout_and_is_skipped_not_a_crash()
    {
        // A lookahead needs the backtracking engine; nested quantifiers make it exponential on "aaa…b".
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: m\n    patterns: ['(?=(a|aa)+$)a']\n";
        var text = new string('a', 200) + "b";

        var matcher = PackMatcher.Create(RulePackLoader.Load(Pack(Yaml)).Single().Rule);
        var found = Lint(Yaml, text);

        Assert.True(matcher.IsBacktracking);
        Assert.Empty(found);
        Assert.Equal(4, Lint(Yaml, "aaaa").Count);
    }

    [Fact]
    public void A_user_pack_runs_beside_the_built_in_rules()
    {
        var data = RuleHarness.Data.With([Pack("rules:\n  - id: HOUSE001\n    kind: existence\n    message: \"'{match}' is banned\"\n    tokens: [\"synergy\"]\n")]);
        var linter = new Linter(new RuleSet(BuiltInRules.Create(data)), data);

        var found = linter.Lint(new SourceText("Advertisement\nThe synergy was clear.\n"), LintSettings.Default).Diagnostics;

        Assert.Equal(["CL1101", "HOUSE001"], found.Select(d => d.Id));
    }
}
