using CopyLint.Engine;
using CopyLint.Rules.Attribution;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>The attribution rules never fail on messy copy, and always report spans inside the text.</summary>
public sealed class AttributionProperties
{
    private static readonly string[] Pieces =
    [
        "15,000", "about", "an estimated", "soldiers", "said", "reportedly", "according to", "thousands", "of", "a", "million",
        "two-thirds", "$3bn", "5%", "\"", "“", "”", "'", "‘", "’", ":", ".", ",", "-", "\n", "\n\n", " ", "The", "ministry",
        "is said to", "sources say", "killed", "2024", "10:30", "Article", "5", "(", ")", "•", "per", "cent", "tens",
    ];

    private static Arbitrary<string> CopyLike() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Attribution_rules_never_fail_and_report_inside_the_text() => Prop.ForAll(CopyLike(), text =>
    {
        var found = RuleHarness.Lint(text);
        return found.All(d => d.Id != "CL0001" && d.Span.Start >= 0 && d.Span.End <= text.Length && d.Span.Length > 0);
    });

    /// <summary>
    /// The rules share one source map per document only where their settings shape it alike: with a different reach,
    /// verbs and hedges per rule, each rule run with the others reports exactly what it reports alone.
    /// </summary>
    [Fact]
    public void Each_rule_keeps_its_own_settings_when_the_rules_run_together()
    {
        const string text = "The minister said the plan was ready. \"We will rebuild every home that the floods destroyed.\" "
            + "Work starts next week.\n\nAbout 5,000 homes were lost. The council said so on Monday.\n";
        var settings = LintSettings.Default with
        {
            RuleOptions = new Dictionary<string, RuleOptions>
            {
                ["CL3001"] = new(new Dictionary<string, OptionValue> { ["reach"] = OptionValue.Of("paragraph") }),
                ["CL3002"] = new(new Dictionary<string, OptionValue> { ["accepted_hedges"] = OptionValue.Of(["sources say"]) }),
                ["CL3003"] = new(new Dictionary<string, OptionValue> { ["reach"] = OptionValue.Of("sentence") }),
            },
        };
        var source = new SourceText(text, "test.txt");
        var together = Together.Lint(source, settings).Diagnostics;
        var alone = Alone.SelectMany(linter => linter.Lint(source, settings).Diagnostics).ToList();

        Assert.Single(alone, d => d.Id == "CL3003");
        Assert.Equal(alone.Select(Describe).Order(), together.Select(Describe).Order());
    }

    private static readonly Linter Together = new(new RuleSet(AttributionRules.Create(RuleHarness.Data)), RuleHarness.Data);

    private static readonly Linter[] Alone = [.. AttributionRules.Create(RuleHarness.Data).Select(a => new Linter(new RuleSet([a]), RuleHarness.Data))];

    private static string Describe(Diagnostic d) => $"{d.Span.Start}-{d.Span.End} {d.Id} {d.Message}";
}
