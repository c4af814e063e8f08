namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// The seed articles in ../shared/seeds: the attribution lines of EXPECTED.md are found (002 line 3 CL3001;
/// 004 lines 6 and 15 CL3002) and nothing else in the seeds gets an attribution diagnostic.
/// </summary>
public sealed class SeedTests
{
    [Fact]
    public void Seeds_get_exactly_the_expected_attribution_diagnostics()
    {
        if (RepoPaths.Shared is not { } shared)
        {
            return;
        }

        var found = Directory.EnumerateFiles(Path.Combine(shared, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(file => ArticleTests.AttributionDiagnostics(file).Select(d => $"{Path.GetFileName(file)[..3]}:{d.Start.Line} {d.Id}"))
            .ToList();

        Assert.Equal(["002:3 CL3001", "004:6 CL3002", "004:15 CL3002"], found);
    }
}
