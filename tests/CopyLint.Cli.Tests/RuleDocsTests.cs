using CopyLint.Cli.Docs;
using CopyLint.Rules;

namespace CopyLint.Cli.Tests;

/// <summary>The committed rule docs and README table must match what the descriptors generate.</summary>
public sealed class RuleDocsTests
{
    private static readonly string Hint = $"Rule docs are out of date: run `{RuleDocs.Command}` and commit the result.";

    [Fact]
    public void Rule_pages_match_the_descriptors()
    {
        var folder = Path.Combine(RepoPaths.Root, "docs", "rules");
        var expected = RuleDocs.Pages(BuiltInRules.CreateDefaultRuleSet());
        var committed = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];

        Assert.True(expected.Keys.SequenceEqual(committed), Hint);
        foreach (var (name, content) in expected)
        {
            Assert.True(content == File.ReadAllText(Path.Combine(folder, name)).ReplaceLineEndings("\n"), $"{name}: {Hint}");
        }
    }

    [Fact]
    public void Readme_rules_table_matches_the_descriptors()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");

        Assert.True(readme == RuleDocs.UpdateReadme(readme, BuiltInRules.CreateDefaultRuleSet()), Hint);
    }

    [Fact]
    public void Readme_table_replacement_keeps_the_text_around_it()
    {
        var readme = $"intro\n{RuleDocs.TableStart}\nold table\n{RuleDocs.TableEnd}\noutro\n";

        var updated = RuleDocs.UpdateReadme(readme, BuiltInRules.CreateDefaultRuleSet());

        Assert.StartsWith($"intro\n{RuleDocs.TableStart}\n| ID |", updated);
        Assert.EndsWith($"|\n{RuleDocs.TableEnd}\noutro\n", updated);
        Assert.Contains("[CL5001](docs/rules/CL5001.md)", updated);
    }

    [Fact]
    public void A_page_lists_what_the_rule_reports_and_what_it_leaves_alone()
    {
        var page = RuleDocs.Pages(BuiltInRules.CreateDefaultRuleSet())["CL5003.md"];

        var reported = page.IndexOf("### Reported\n\n- A sentence of twelve words or more", StringComparison.Ordinal);
        var leftAlone = page.IndexOf("### Left alone\n\n- A sentence with a single word edited", StringComparison.Ordinal);
        Assert.True(reported > 0 && leftAlone > reported, page);
        Assert.True(leftAlone < page.IndexOf("The message reads:", StringComparison.Ordinal), page);
    }

    [Fact]
    public void A_rule_without_lists_has_no_empty_headings()
    {
        var descriptor = new CopyLint.Engine.DiagnosticDescriptor("X1", "t", "m", CopyLint.Engine.RuleCategory.House, CopyLint.Engine.Severity.Info, "d");

        Assert.Equal(string.Empty, RuleDocs.Lists(descriptor));
    }
}
