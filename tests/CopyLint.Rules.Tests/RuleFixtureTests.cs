using CopyLint.Text;
using Snapshooter;
using Snapshooter.Xunit;

namespace CopyLint.Rules.Tests;

/// <summary>
/// One fixture per rule (ruff-style): Fixtures/ID.txt holds copy that must fire and copy that must not; the snapshot
/// records exactly what the rule reports on it, so any change in behaviour shows up in review.
/// </summary>
public sealed class RuleFixtureTests
{
    public static TheoryData<string> FixtureIds() => new(FixtureFileIds());

    private static IEnumerable<string> FixtureFileIds() =>
        Directory.EnumerateFiles(RepoPaths.Fixtures, "CL*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(FixtureIds))]
    public void Fixture_matches_snapshot(string id)
    {
        var path = Path.Combine(RepoPaths.Fixtures, id + ".txt");
        var source = SourceText.FromFile(path);
        var result = RuleHarness.Linter.Lint(source, Engine.LintSettings.Default);
        var lines = result.Diagnostics.Where(d => d.Id == id).SelectMany(d => RuleHarness.Render(d, source)).ToList();

        Assert.NotEmpty(lines);
        Snapshot.Match(lines, new SnapshotNameExtension(id));
    }

    [Fact]
    public void Every_rule_has_a_fixture()
    {
        var fixtures = FixtureFileIds().ToHashSet();
        var missing = RuleHarness.Rules.Descriptors.Where(d => d.Id != "CL0001" && !fixtures.Contains(d.Id)).Select(d => d.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_rule_has_a_one_sentence_summary_of_its_own()
    {
        Assert.All(RuleHarness.Rules.Descriptors, d =>
        {
            Assert.NotEqual(d.Description, d.Summary);
            Assert.InRange(d.Summary.Length, 20, 100);
            Assert.EndsWith(".", d.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain(". ", d.Summary, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_rule_keeps_its_description_short_and_its_cases_in_lists()
    {
        Assert.All(RuleHarness.Rules.Descriptors, d =>
        {
            Assert.InRange(d.Description.Length, 40, 500);
            Assert.All(d.Reports.Concat(d.LeftAlone), item => Assert.InRange(item.Length, 5, 400));
        });
    }
}
