using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// Whole articles, written as professionally edited copy: the clean ones must get no attribution diagnostic at all;
/// each defect article lists the lines and rule IDs it must get in NAME.expected ("3 CL3001"), and gets nothing else.
/// </summary>
public sealed class ArticleTests
{
    private static string Articles => Path.Combine(RepoPaths.Root, "tests", "CopyLint.Rules.Tests", "Attribution", "Articles");

    public static TheoryData<string> Clean() => new(Names("clean"));

    public static TheoryData<string> Defects() => new(Names("defects"));

    [Fact]
    public void There_are_at_least_thirty_articles() => Assert.True(Names("clean").Count() + Names("defects").Count() >= 30);

    [Theory]
    [MemberData(nameof(Clean))]
    public void Clean_article_gets_no_attribution_diagnostic(string name)
    {
        var found = AttributionDiagnostics(Path.Combine(Articles, "clean", name + ".txt"));

        Assert.Empty(found);
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Defect_article_gets_exactly_its_expected_diagnostics(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Articles, "defects", name + ".expected")).Where(l => l.Length > 0).Order(StringComparer.Ordinal);
        var found = AttributionDiagnostics(Path.Combine(Articles, "defects", name + ".txt")).Select(d => $"{d.Start.Line} {d.Id}").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, found);
    }

    internal static IReadOnlyList<Diagnostic> AttributionDiagnostics(string path) =>
        [.. RuleHarness.Linter.Lint(SourceText.FromFile(path), LintSettings.Default).Diagnostics.Where(d => d.Descriptor.Category == RuleCategory.Attribution)];

    private static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Articles, folder), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);
}
