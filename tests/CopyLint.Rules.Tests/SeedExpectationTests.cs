using System.Text.RegularExpressions;
using CopyLint.Engine;
using CopyLint.Text;
using Xunit.Abstractions;

namespace CopyLint.Rules.Tests;

/// <summary>
/// The seed articles in ../shared/seeds against their EXPECTED.md, read generically: for each family whose category
/// has a built-in rule, every listed line has a diagnostic of that family and no diagnostic of it falls elsewhere.
/// Families without rules yet are skipped, so each family joins when its rules land.
/// </summary>
public sealed partial class SeedExpectationTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, RuleCategory> Families = new(StringComparer.Ordinal)
    {
        ["B"] = RuleCategory.Boilerplate,
        ["N"] = RuleCategory.Naming,
        ["A"] = RuleCategory.Attribution,
        ["T"] = RuleCategory.Typography,
    };

    public static TheoryData<string> FamilyLetters() => new(Families.Keys);

    [Theory]
    [MemberData(nameof(FamilyLetters))]
    public void Seeds_match_expected_lines(string family)
    {
        if (RepoPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "seeds", "EXPECTED.md")))
        {
            output.WriteLine("Skipped: ../shared/seeds is absent, so the seed expectations cannot be checked here.");
            return;
        }

        var category = Families[family];
        if (!RuleHarness.Rules.Descriptors.Any(d => d.Category == category))
        {
            output.WriteLine($"Skipped: no built-in {category} rule yet.");
            return;
        }

        var seeds = Path.Combine(shared, "seeds");
        var expected = ParseExpected(File.ReadAllText(Path.Combine(seeds, "EXPECTED.md")));
        var problems = new List<string>();
        foreach (var path in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            var want = expected.GetValueOrDefault((file, family)) ?? [];
            var found = RuleHarness.Linter.Lint(SourceText.FromFile(path), LintSettings.Default).Diagnostics
                .Where(d => d.Descriptor.Category == category)
                .ToList();
            var covered = found.SelectMany(Lines).ToHashSet();

            problems.AddRange(want.Where(line => !covered.Contains(line)).Select(line => $"missed {file}:{line} ({family})"));
            problems.AddRange(found.Where(d => Lines(d).Any(line => !want.Contains(line))).Select(d => $"extra {file}:{d.Start.Line} {d.Id}: {d.Message}"));
        }

        output.WriteLine($"{family}: {expected.Where(e => e.Key.Family == family).Sum(e => e.Value.Count)} expected lines; problems: {problems.Count}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Expected_tables_are_read_with_ranges_and_families()
    {
        const string Markdown = """
            ## 002_x.txt
            | line | family | what |
            |---|---|---|
            | 3 | A | "an estimated" |
            | 13–18 | B | "You may also like" |

            ## 003_y.txt (older)
            No defects.
            """;

        var expected = ParseExpected(Markdown);

        Assert.Equal([3], expected[("002_x.txt", "A")]);
        Assert.Equal([13, 14, 15, 16, 17, 18], expected[("002_x.txt", "B")].Order());
        Assert.False(expected.ContainsKey(("003_y.txt", "B")));
    }

    /// <summary>The lines a diagnostic covers; a span that ends at the start of a line does not cover that line.</summary>
    private static IEnumerable<int> Lines(Diagnostic d)
    {
        var last = d.End.Line > d.Start.Line && d.End.Column == 1 ? d.End.Line - 1 : d.End.Line;
        return Enumerable.Range(d.Start.Line, last - d.Start.Line + 1);
    }

    private static Dictionary<(string File, string Family), HashSet<int>> ParseExpected(string markdown)
    {
        var expected = new Dictionary<(string File, string Family), HashSet<int>>();
        string? file = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (Heading().Match(line) is { Success: true } heading)
            {
                file = heading.Groups["file"].Value;
            }
            else if (file is not null && Row().Match(line) is { Success: true } row)
            {
                var from = int.Parse(row.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = row.Groups["to"].Success ? int.Parse(row.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                var key = (file, row.Groups["family"].Value);
                if (!expected.TryGetValue(key, out var lines))
                {
                    expected[key] = lines = [];
                }

                lines.UnionWith(Enumerable.Range(from, to - from + 1));
            }
        }

        return expected;
    }

    [GeneratedRegex(@"^##\s+(?<file>\S+\.txt)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\|\s*(?<from>\d+)\s*(?:[–—-]\s*(?<to>\d+)\s*)?\|\s*(?<family>[A-Z])\s*\|")]
    private static partial Regex Row();
}
