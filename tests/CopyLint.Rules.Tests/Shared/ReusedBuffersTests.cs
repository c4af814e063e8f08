using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Shared;

/// <summary>
/// A linter's lints reuse the arrays of their per-document models (content tokens, repeat keys, source maps, found
/// figures, the mention finder's lists, CL5002's pair table, whose places count on) from file to file: whatever came
/// before, a file draws what a fresh linter finds.
/// </summary>
public sealed class ReusedBuffersTests
{
    private static readonly string[] Folders =
    [
        "tests/CopyLint.Rules.Tests/Fixtures",
        "tests/CopyLint.Rules.Tests/Attribution/Articles",
        "tests/CopyLint.Rules.Tests/Naming/Articles",
        "examples",
    ];

    [Fact]
    public void A_linter_reusing_its_buffers_finds_in_each_file_what_a_fresh_linter_finds()
    {
        // Longest and shortest in turn, so that every buffer is both larger and smaller than the file it is given.
        var bySize = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".txt" or ".md")
            .Order(StringComparer.Ordinal)
            .Select(SourceText.FromFile)
            .OrderBy(s => s.Text.Length)
            .ToList();
        var files = Enumerable.Range(0, bySize.Count).Select(i => i % 2 == 0 ? bySize[^(1 + (i / 2))] : bySize[i / 2]).ToList();
        var reusing = new Linter(RuleHarness.Rules, RuleHarness.Data);
        var findings = 0;
        foreach (var source in files)
        {
            var fresh = new Linter(RuleHarness.Rules, RuleHarness.Data).Lint(source, LintSettings.Default).Diagnostics;
            var reused = reusing.Lint(source, LintSettings.Default).Diagnostics;

            Assert.Equal(fresh.Select(Describe), reused.Select(Describe));
            findings += fresh.Count;
        }

        Assert.True(files.Count > 100 && findings > 150, $"{files.Count} files, {findings} findings: the comparison needs copy with findings");
    }

    private static string Describe(Diagnostic d) => $"{d.Path} {d.Span} {d.Id} {d.Message} {string.Join(" | ", d.Fixes.Select(f => f.Title))}";
}
