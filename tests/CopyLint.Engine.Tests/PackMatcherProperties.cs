using System.Text.RegularExpressions;
using CopyLint.Engine.Packs;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Engine.Tests;

/// <summary>
/// The pack matcher screens each text with the cheap backtracking engine and builds the NonBacktracking one only for
/// texts with a match: its results must be exactly the NonBacktracking engine's, on text and line scope alike.
/// </summary>
public sealed class PackMatcherProperties
{
    private static readonly string[] Fragments =
        ["Share", "share", "this", "on", "Facebook", "Advertisement", "Read more", "photo", ":", "|", "/", " ", "  ", "\t", "\n", "x", "Getty", "Images", "é"];

    // The second set opens each pattern with a literal, so its text-scope matcher screens texts by their prefixes.
    private static readonly string[][] PatternSets =
        [[@"(?:Photo|Image):\s*\w+(?:\s*/\s*\w+)*", @"Share (?:on|via) Facebook"], [@"Photo:\s*\w+(?:\s*/\s*\w+)*", @"Share (?:on|via) Facebook"]];

    private static PackRule Rule(PackScope scope, bool ignoreCase, string[]? patterns = null) => new(
        "HOUSE1", "house-rule", PackRuleKind.Existence, "Title", "'{match}'", RuleCategory.House, Severity.Warning, "Why.",
        ignoreCase, scope, ["Share this", "Advertisement", "Read more"], patterns ?? PatternSets[0],
        PackFix.None, [], "house.yaml");

    // Built once: a NonBacktracking regex takes milliseconds to build.
    private static readonly (PackMatcher Matcher, Regex Exact)[] Cases =
        [.. from patterns in PatternSets from scope in new[] { PackScope.Text, PackScope.Line } from ignoreCase in new[] { false, true }
            select (PackMatcher.Create(Rule(scope, ignoreCase, patterns)), Exact(Rule(scope, ignoreCase, patterns)))];

    private static Arbitrary<string> Copy() => Gen.ArrayOf(Gen.Elements(Fragments)).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Matches_equal_the_NonBacktracking_engine_s() =>
        Prop.ForAll(Copy(), text => Cases.All(c =>
        {
            var (matcher, exact) = c;
            var expected = exact.Matches(text).Where(m => m.Length > 0).Select(m => (m.Index, m.Length)).ToList();
            var single = expected.Count == 1 ? expected[0] : ((int, int)?)null;
            return matcher.Matches(text).Select(m => (m.Index, m.Length)).SequenceEqual(expected) && matcher.SingleMatch(text) == single;
        }));

    [Fact]
    public void A_whole_line_of_boilerplate_is_found_and_copy_is_not()
    {
        var matcher = PackMatcher.Create(Rule(PackScope.Line, ignoreCase: true));

        Assert.Equal((0, 12), matcher.SingleMatch("share   THIS"));
        Assert.Null(matcher.SingleMatch("Readers were asked to share this with friends."));
        Assert.False(matcher.IsBacktracking);
    }

    private static Regex Exact(PackRule rule)
    {
        var (scope, ignoreCase) = (rule.Scope, rule.IgnoreCase);
        var literals = rule.Tokens.Select(t => $@"(?:\b{Regex.Escape(t).Replace("\\ ", "\\s+", StringComparison.Ordinal)}\b)");
        var pattern = string.Join("|", literals.Concat(rule.Patterns.Select(p => $"(?:{p})")));
        pattern = scope == PackScope.Line ? $"^(?:{pattern})$" : pattern;
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None));
    }
}
