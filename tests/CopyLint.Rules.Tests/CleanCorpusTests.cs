using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Tests;

/// <summary>
/// A cross-family precision guard: every clean article any family keeps (and the clean examples and seed 003 when
/// ../shared is present) draws no diagnostic from any rule. Each family checks its own rules on its own articles;
/// this checks all rules on all of them.
/// </summary>
public sealed class CleanCorpusTests
{
    private static readonly string[] Folders =
    [
        "tests/CopyLint.Rules.Tests/CleanCorpus",
        "tests/CopyLint.Rules.Tests/Attribution/Articles/clean",
        "tests/CopyLint.Rules.Tests/Naming/Articles/clean",
        "tests/CopyLint.Rules.Tests/Boilerplate/CleanCopy",
    ];

    private static readonly string[] SingleFiles = ["examples/01-clean-library-reopens.txt", "examples/06-clean-council-vote.md"];

    private const string CleanSeed = "seeds/003_5a83056925fe6b97.txt";

    public static TheoryData<string> Files() => new(AllFiles());

    private static IEnumerable<string> AllFiles()
    {
        var files = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder)))
            .Where(f => Path.GetExtension(f) is ".txt" or ".md")
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Concat(SingleFiles);
        return RepoPaths.Shared is null ? files.Order(StringComparer.Ordinal) : files.Append("../shared/" + CleanSeed).Order(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Clean_article_draws_no_diagnostic_from_any_rule(string file)
    {
        var source = SourceText.FromFile(Path.GetFullPath(Path.Combine(RepoPaths.Root, file)));

        var found = RuleHarness.Linter.Lint(source, LintSettings.Default).Diagnostics
            .Select(d => $"{d.Start} {d.Id}: {d.Message}");

        Assert.Empty(found);
    }

    [Fact]
    public void The_corpus_holds_every_family_and_the_new_articles()
    {
        var files = AllFiles().ToList();

        Assert.True(files.Count(f => f.StartsWith("tests/CopyLint.Rules.Tests/CleanCorpus/", StringComparison.Ordinal)) >= 5);
        Assert.All(Folders, folder => Assert.Contains(files, f => f.StartsWith(folder + "/", StringComparison.Ordinal)));
    }
}
