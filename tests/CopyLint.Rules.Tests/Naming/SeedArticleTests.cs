namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// The seed articles' naming lines from ../shared/seeds/EXPECTED.md: every N line is found, and the articles with
/// none draw no naming diagnostic. Skipped where ../shared is absent.
/// </summary>
public sealed class SeedArticleTests
{
    public static TheoryData<string, string[]> Seeds() => new()
    {
        { "000_c71ad82582b9c4d6", ["3 CL2006 King", "3 CL2004 KCNA", "6 CL2001 Kim Jong Il"] },
        { "001_00679da47a4ea8e2", [] },
        { "002_4bf389d75069be89", ["4 CL2002 Jong Un", "5 CL2002 Jong Un"] },
        { "003_5a83056925fe6b97", [] },
        { "004_24a73b5c3e6d1f5c", [] },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_draws_exactly_its_expected_naming_diagnostics(string name, string[] expected)
    {
        if (RepoPaths.Shared is not { } shared)
        {
            return;
        }

        var source = Text.SourceText.FromFile(Path.Combine(shared, "seeds", name + ".txt"));
        var found = RuleHarness.Linter.Lint(source, Engine.LintSettings.Default).Diagnostics
            .Where(d => d.Id.StartsWith("CL2", StringComparison.Ordinal))
            .Select(d => $"{d.Start.Line} {d.Id} {source.ToString(d.Span)}");
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }
}
