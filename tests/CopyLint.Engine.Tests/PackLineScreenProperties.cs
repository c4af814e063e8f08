using CopyLint.Engine.Packs;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Engine.Tests;

/// <summary>
/// Line rules screened together (<see cref="PackLineScreen"/>) must report exactly what each reports on its own,
/// matching every line: the screen only skips lines no rule's edges allow. So must text rules whose prefixes are
/// searched for together (<see cref="PackTextScreen"/>).
/// </summary>
public sealed class PackLineScreenProperties
{
    private static readonly string[] Fragments =
    [
        "Share", "share", "this", "on", "Facebook", "Advertisement", "advert", "Read more", "Photo", "Image", ":", "|", "/", " ", "  ", "\t",
        "\n", "\n", "\r\n", "x", "Getty", "Images", "é", "\u212A", "k", "Follow", "us", "X", ".", "!", "abab", "📧", "\u2709\uFE0F", "©",
    ];

    private static PackRule Rule(string id, bool ignoreCase, PackScope scope, string[] tokens, string[] patterns) => new(
        id, id.ToLowerInvariant(), PackRuleKind.Existence, "Title", "'{match}'", RuleCategory.House, Severity.Warning, "Why.",
        ignoreCase, scope, tokens, patterns, PackFix.DeleteLine, [], "house.yaml");

    private static readonly PackRule[] Rules =
    [
        Rule("HOUSE1", true, PackScope.Line, ["Share this", "Advertisement", "Advert"], [@"Share (?:on|via) Facebook"]),
        Rule("HOUSE2", false, PackScope.Line, [], [@"(?:Photo|Image):\s*\w+(?:\s*/\s*\w+)*", @"(?:[A-Z]\w* ){0,2}Getty Images"]),
        Rule("HOUSE3", true, PackScope.Line, ["k", "Read more"], [@"Follow (?:us|\w+) on (?:X|Facebook)[.!]?"]),
        Rule("HOUSE4", false, PackScope.Line, [], [@"(ab)\1"]), // a backreference: no edges to read, so never screened
        Rule("HOUSE5", true, PackScope.Text, ["Facebook"], []),
        // Case-sensitive text rules, whose prefixes the text screen searches for together.
        Rule("HOUSE6", false, PackScope.Text, ["Share this", "Facebook"], [@"Getty(?= Images)"]),
        Rule("HOUSE7", false, PackScope.Text, [], [@"Read more(?<=\.Read more)", @"Photo: \w+"]),
        Rule("HOUSE8", false, PackScope.Text, ["share"], [@"(?:Read|Share) more"]), // an alternative without a prefix: not screened
    ];

    private static readonly Linter Screened = Linter(screened: true);

    private static readonly Linter Alone = Linter(screened: false);

    private static Linter Linter(bool screened)
    {
        var matchers = Rules.Select(PackMatcher.Create).ToArray();
        var screen = screened ? new PackLineScreen(matchers) : null;
        var textScreen = screened ? new PackTextScreen(matchers) : null;
        var data = new RuleDataSet([]);
        return new Linter(new RuleSet(Rules.Select((rule, i) => (Analyzer)new ExistenceRule(rule, matchers[i], screen, textScreen))), data);
    }

    private static Arbitrary<string> Copy() => Gen.ArrayOf(Gen.Elements(Fragments)).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 800)]
    public Property Screened_rules_report_what_each_rule_reports_alone() =>
        Prop.ForAll(Copy(), text =>
        {
            var source = new SourceText(text);
            return Full(Screened, source).SequenceEqual(Full(Alone, source));
        });

    [Fact]
    public void Screened_rules_find_their_lines()
    {
        var source = new SourceText("Advertisement\nThe council met.\n  Image: Reuters/AP  \nfollow us on x!\nabab\n");

        Assert.Equal(["HOUSE1 0", "HOUSE2 33", "HOUSE3 53", "HOUSE4 69"], Diagnostics(Screened, source));
        Assert.Equal(Full(Alone, source), Full(Screened, source));
    }

    [Fact]
    public void A_line_rule_reads_past_the_emoji_that_opens_its_line_but_not_past_other_symbols()
    {
        var source = new SourceText("📧 Advertisement\n\u2709\uFE0F Follow us on X\n© Advertisement\n📧Advertisement\n");

        Assert.Equal(["HOUSE1 3", "HOUSE3 20"], Diagnostics(Screened, source));
        Assert.Equal(Full(Alone, source), Full(Screened, source));
    }

    private static List<string> Diagnostics(Linter linter, SourceText source) =>
        [.. linter.Lint(source, LintSettings.Default).Diagnostics.Select(d => $"{d.Id} {d.Span.Start}")];

    private static List<string> Full(Linter linter, SourceText source) =>
        [.. linter.Lint(source, LintSettings.Default).Diagnostics.Select(d =>
            $"{d.Id} {d.Span.Start}+{d.Span.Length} {d.Message} {string.Join(";", d.Fixes.SelectMany(f => f.Edits).Select(e => $"{e.Span.Start}+{e.Span.Length}"))}")];
}
