using CopyLint.Engine;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>The attribution rules never fail on messy copy, and always report spans inside the text.</summary>
public sealed class AttributionProperties
{
    private static readonly string[] Pieces =
    [
        "15,000", "about", "an estimated", "soldiers", "said", "reportedly", "according to", "thousands", "of", "a", "million",
        "two-thirds", "$3bn", "5%", "\"", "“", "”", "'", "‘", "’", ":", ".", ",", "-", "\n", "\n\n", " ", "The", "ministry",
        "is said to", "sources say", "killed", "2024", "10:30", "Article", "5", "(", ")", "•", "per", "cent", "tens",
    ];

    private static Arbitrary<string> CopyLike() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Join(" ", parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Attribution_rules_never_fail_and_report_inside_the_text() => Prop.ForAll(CopyLike(), text =>
    {
        var found = RuleHarness.Lint(text);
        return found.All(d => d.Id != "CL0001" && d.Span.Start >= 0 && d.Span.End <= text.Length && d.Span.Length > 0);
    });
}
