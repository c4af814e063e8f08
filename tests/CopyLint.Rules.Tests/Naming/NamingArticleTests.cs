using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// The naming rules on whole articles: Articles/clean/*.txt are professionally edited copy that must draw no naming
/// diagnostic; each Articles/defects/NAME.txt lists the naming diagnostics it must draw, exactly, in NAME.expected
/// as lines of "ID flagged text".
/// </summary>
public sealed class NamingArticleTests
{
    private static string Articles => Path.Combine(RepoPaths.Root, "tests", "CopyLint.Rules.Tests", "Naming", "Articles");

    public static TheoryData<string> CleanArticles() => new(Names("clean"));

    public static TheoryData<string> DefectArticles() => new(Names("defects"));

    [Theory]
    [MemberData(nameof(CleanArticles))]
    public void Clean_article_draws_no_naming_diagnostic(string name)
    {
        var found = NamingDiagnostics(Path.Combine(Articles, "clean", name + ".txt"));
        Assert.Empty(found);
    }

    [Theory]
    [MemberData(nameof(DefectArticles))]
    public void Defect_article_draws_exactly_the_expected_diagnostics(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Articles, "defects", name + ".expected")).Where(l => l.Length > 0).Order(StringComparer.Ordinal);
        var found = NamingDiagnostics(Path.Combine(Articles, "defects", name + ".txt")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void There_are_at_least_thirty_articles() =>
        Assert.True(Names("clean").Count() + Names("defects").Count() >= 30);

    internal static IEnumerable<string> NamingDiagnostics(string path)
    {
        var source = Text.SourceText.FromFile(path);
        return RuleHarness.Linter.Lint(source, LintSettings.Default).Diagnostics
            .Where(d => d.Id.StartsWith("CL2", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {source.ToString(d.Span)}");
    }

    private static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Articles, folder), "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);
}
