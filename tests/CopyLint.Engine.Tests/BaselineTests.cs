using CopyLint.Engine.Baselines;
using CopyLint.Engine.Configuration;
using CopyLint.Text;

namespace CopyLint.Engine.Tests;

public sealed class BaselineTests : IDisposable
{
    private const string Story = """
        Seoul - North Korea's leader called for a very large increase in shell production, KCNA reported on Wednesday.

        Advertisement

        Officials in Seoul said the factory's output had doubled, a claim that could not be verified.
        """;

    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private LintResult Lint(string text, string relativePath = "world/story.txt") =>
        TestRules.DefaultLinter().Lint(new SourceText(text, _tree.PathOf(relativePath)), LintSettings.Default);

    private IEnumerable<string> Remaining(Baseline baseline, string text, string relativePath = "world/story.txt")
    {
        var result = Lint(text, relativePath);
        return baseline.Filter(result, _tree.Root).Select(d => $"{d.Id} {text[d.Span.Start..d.Span.End]} {d.Start.Line}");
    }

    [Fact]
    public void Entries_hold_path_rule_text_context_and_occurrence()
    {
        var baseline = Baseline.FromResults([Lint(Story)], _tree.Root);

        Assert.Equal(
            [
                new BaselineEntry("world/story.txt", "CL1901", "Advertisement", "Advertisement", 0),
                new BaselineEntry("world/story.txt", "CL2901", "KCNA", "large increase in shell production, KCNA reported on Wednesday.", 0),
                new BaselineEntry("world/story.txt", "CL5901", "very", "- North Korea's leader called for a very large increase in shell production,", 0),
            ],
            baseline.Entries);
    }

    [Fact]
    public void Entries_survive_paragraphs_inserted_above_and_edits_elsewhere()
    {
        var baseline = Baseline.FromResults([Lint(Story)], _tree.Root);
        var edited = "UPDATED: This story has been updated with comment from Seoul.\n\nThe ministry declined to comment.\n\n"
            + Story.Replace("could not be verified", "has not been independently verified");

        Assert.Empty(Remaining(baseline, edited));
    }

    [Fact]
    public void A_new_finding_is_not_hidden()
    {
        var baseline = Baseline.FromResults([Lint(Story)], _tree.Root);
        var edited = Story + "\nAnalysts said the claim was very hard to check.\n";

        Assert.Equal(["CL5901 very 6"], Remaining(baseline, edited));
    }

    [Fact]
    public void An_edit_next_to_a_finding_makes_it_new()
    {
        var baseline = Baseline.FromResults([Lint(Story)], _tree.Root);

        Assert.Equal(["CL5901 very 1"], Remaining(baseline, Story.Replace("called for a very", "demanded a very")));
    }

    [Fact]
    public void The_same_finding_twice_is_counted()
    {
        var baseline = Baseline.FromResults([Lint(Story)], _tree.Root);
        var twice = Story + "\nAdvertisement\n";

        Assert.Equal(["CL1901 Advertisement 6"], Remaining(baseline, twice));

        var both = Baseline.FromResults([Lint(twice)], _tree.Root);
        Assert.Equal([0, 1], both.Entries.Where(e => e.Rule == "CL1901").Select(e => e.Occurrence));
        Assert.Empty(Remaining(both, twice));
        Assert.Equal(["CL1901 Advertisement 8"], Remaining(both, twice + "\nAdvertisement\n"));
    }

    [Fact]
    public void Entries_belong_to_their_file()
    {
        var baseline = Baseline.FromResults([Lint(Story)], _tree.Root);

        Assert.Equal(3, Remaining(baseline, Story, "sport/story.txt").Count());
    }

    [Fact]
    public void Save_writes_sorted_stable_json_and_Load_reads_it_back()
    {
        var first = Lint(Story, "world/story.txt");
        var second = Lint("Subscribe to our newsletter for “very” good news.\n", "asia/brief.txt");
        var path = _tree.PathOf("copylint-baseline.json");

        Baseline.FromResults([first, second], _tree.Root).Save(path);
        var written = File.ReadAllText(path);
        Baseline.FromResults([second, first], _tree.Root).Save(path);

        Assert.Equal(written, File.ReadAllText(path));
        Assert.StartsWith("{\n  \"version\": 1,\n  \"entries\": [\n    {\n      \"path\": \"asia/brief.txt\",\n      \"rule\": \"CL1902\",", written);
        Assert.Contains("\"context\": \"Subscribe to our newsletter for “very” good news.\"", written);
        Assert.EndsWith("}\n", written);
        Assert.Equal(Baseline.FromResults([first, second], _tree.Root).Entries, Baseline.Load(path).Entries);
        Assert.Equal(["copylint-baseline.json"], Directory.GetFiles(_tree.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        var path = _tree.Write("baseline.json", "{\n  \"version\": 1,\n  \"entries\": [\n    { \"path\": \"a.txt\" \"rule\": \"CL1901\" }\n  ]\n}\n");

        var error = Assert.Throws<ConfigurationException>(() => Baseline.Load(path));

        Assert.Equal(path, error.Path);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("not a CopyLint baseline", error.Reason);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"version\": 2, \"entries\": []}")]
    [InlineData("{\"version\": 1}")]
    [InlineData("{\"version\": 1, \"entries\": [{\"path\": \"a.txt\", \"rule\": \"CL1901\", \"text\": \"x\", \"occurrence\": 0}]}")]
    public void Baselines_of_the_wrong_shape_are_rejected(string json)
    {
        var path = _tree.Write("baseline.json", json);

        var error = Assert.Throws<ConfigurationException>(() => Baseline.Load(path));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void A_missing_baseline_is_an_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => Baseline.Load(_tree.PathOf("none.json")));

        Assert.Contains("not found", error.Reason);
    }
}
