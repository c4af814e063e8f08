using CopyLint.Engine;
using CopyLint.Engine.Packs;

namespace CopyLint.Rules.Tests.Packs;

/// <summary>
/// Every built-in line-scope pattern has edges the line screen can read (<see cref="MatchEdges"/>): a pattern it
/// cannot read would run the regex engine on every line of every document.
/// </summary>
public sealed class BuiltInPackScreenTests
{
    public static TheoryData<string> LineRules() =>
        new(BuiltInLineRules().Select(r => r.Id));

    [Theory]
    [MemberData(nameof(LineRules))]
    public void Each_pattern_of_a_line_rule_is_screened(string id)
    {
        var rule = BuiltInLineRules().Single(r => r.Id == id);

        Assert.All(rule.Patterns, p => Assert.NotNull(MatchEdges.Read($"(?:{p})", rule.IgnoreCase)));
    }

    /// <summary>
    /// The screen turns away ordinary lines of copy by their edges, so the regex engine never sees them: a pattern
    /// whose opening varies in length ("(?:Copyright|©) ?…") leaves its later characters unread and lets them through.
    /// </summary>
    [Theory]
    [MemberData(nameof(LineRules))]
    public void Ordinary_lines_of_copy_are_turned_away_by_the_edges(string id)
    {
        var rule = BuiltInLineRules().Single(r => r.Id == id);
        var edges = MatchEdges.Read(string.Join("|", rule.Patterns.Select(p => $"(?:{p})")), rule.IgnoreCase);
        string[] copy =
        [
            "Council approves new flood wall for Ashby harbour",
            "Corpus copy 3248.",
            "A man was arrested on Tuesday, police said.",
            "The council met on Tuesday and approved the plan.",
            "Officials said the scheme would cost £2m.",
            "Residents evacuated as river floods low-lying towns",
        ];

        Assert.All(copy, line => Assert.False(edges?.MayBeWhole(line) ?? false, line));
    }

    private static IEnumerable<PackRule> BuiltInLineRules()
    {
        var path = Path.Combine(RepoPaths.Root, "rules", "packs", "boilerplate.yaml");
        return RulePackLoader.Load(new RuleDataFile("packs/boilerplate.yaml", File.ReadAllText(path), path))
            .Select(r => r.Rule)
            .Where(r => r.Scope == PackScope.Line);
    }
}
