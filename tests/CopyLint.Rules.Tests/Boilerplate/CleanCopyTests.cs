using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>Professionally edited copy (wire, sport, business, a feature, a Markdown how-to) draws no boilerplate or typography finding.</summary>
public sealed class CleanCopyTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "CopyLint.Rules.Tests", "Boilerplate", "CleanCopy");

    public static TheoryData<string> Files() => new(Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Clean_copy_draws_no_finding(string file)
    {
        var source = SourceText.FromFile(Path.Combine(Folder, file));

        var found = RuleHarness.Linter.Lint(source, LintSettings.Default).Diagnostics
            .Where(d => d.Descriptor.Category is RuleCategory.Boilerplate or RuleCategory.Typography or RuleCategory.Internal)
            .Select(d => $"{d.Start} {d.Id}: {d.Message}");

        Assert.Empty(found);
    }

    [Fact]
    public void There_are_at_least_ten_clean_paragraphs()
    {
        var paragraphs = Directory.EnumerateFiles(Folder).Sum(f => Document.Parse(File.ReadAllText(f)).Paragraphs.Count);
        Assert.True(paragraphs >= 10, $"{paragraphs} paragraphs");
    }
}
