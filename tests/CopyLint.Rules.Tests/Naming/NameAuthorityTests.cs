using CopyLint.Engine;
using CopyLint.Rules.Naming;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2005: a variant counts only as whole words, and the words of a reported variant start no other.</summary>
public sealed class NameAuthorityTests
{
    private static string[] Lint(string text, Linter? linter = null) =>
        [.. (linter ?? RuleHarness.Linter).Lint(new SourceText(text), LintSettings.Default).Diagnostics.Where(d => d.Id == "CL2005").Select(d => $"{d.Span.Start}:{text.Substring(d.Span.Start, d.Span.Length)}")];

    [Fact]
    public void A_variant_counts_only_as_a_whole_word() =>
        Assert.Equal(["0:Kiev", "45:Kiev"], Lint("Kiev’s mayor spoke of Kievan Rus and McKiev; Kiev."));

    [Fact]
    public void A_hyphenated_Korean_romanisation_is_a_house_choice_the_defaults_leave_alone() =>
        Assert.Empty(Lint("North Korean leader Kim Jong-un and his sister Kim Yo-jong visited the shipyard. Kim Jong-un said it would grow."));

    [Fact]
    public void A_misspelt_Korean_name_is_still_reported_by_the_defaults() =>
        Assert.Equal(["20:Kim Jung Un"], Lint("North Korean leader Kim Jung Un visited the shipyard."));

    [Fact]
    public void A_word_of_a_reported_variant_starts_no_other()
    {
        var data = RuleHarness.Data.With([new RuleDataFile("lists/name-authority.txt", "Kyiv Kyiv = Kiev Kiev", "copylint.yaml")]);
        var linter = new Linter(new RuleSet(BuiltInRules.Create(data)), data);
        Assert.Equal(["0:Kiev Kiev", "10:Kiev"], Lint("Kiev Kiev Kiev", linter));
    }

    /// <summary>
    /// The word after a variant's first word is read once for all its longer variants: one with a possessive still ends
    /// a two-word variant, and a first word followed by no variant's second word is still a one-word variant.
    /// </summary>
    [Fact]
    public void A_longer_variant_is_found_by_its_second_word_with_or_without_a_possessive()
    {
        var data = RuleHarness.Data.With([new RuleDataFile("lists/name-authority.txt", "Kim Jong Un = Kim Jong-un | Kim\nXi Jinping = Xi Jin-ping", "copylint.yaml")]);
        var linter = new Linter(new RuleSet(BuiltInRules.Create(data)), data);
        Assert.Equal(["0:Kim Jong-un", "22:Kim", "35:Kim", "51:Kim Jong-un"], Lint("Kim Jong-un’s sister, Kim Yo Jong, Kim Jong Un and Kim Jong-un met.", linter));
    }

    [Fact]
    public void An_empty_authority_reports_nothing()
    {
        var linter = new Linter(new RuleSet([new NameAuthorityAnalyzer(new NameAuthority([]))]), RuleHarness.Data);
        Assert.Empty(Lint("Kiev and Kim Jong-un.", linter));
    }
}
