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

    private static IEnumerable<PackRule> BuiltInLineRules()
    {
        var path = Path.Combine(RepoPaths.Root, "rules", "packs", "boilerplate.yaml");
        return RulePackLoader.Load(new RuleDataFile("packs/boilerplate.yaml", File.ReadAllText(path), path))
            .Select(r => r.Rule)
            .Where(r => r.Scope == PackScope.Line);
    }
}
