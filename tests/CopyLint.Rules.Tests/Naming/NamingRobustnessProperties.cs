using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Rules.Tests.Naming;

/// <summary>The naming analyzers never fail (CL0001) and every span they report lies inside the text.</summary>
public sealed class NamingRobustnessProperties
{
    private static readonly string[] Fragments =
    [
        "Kim Jong Un", "Kim", "Jong Un", "Mr", "Mr.", " ", ". ", ", ", "(", ")", "KCNA", "’s", "'s", "al-", "Assad", "of", "the",
        "President", "Gen.", "\n", "\n\n", "“", "”", "\"", "Kiev", "King", "urged", "said", "Nguyen Phu Trong", "Nguyen", "Sang-bum",
        "W.", "U.S.", "von der", "Leyen", "-", "Zelensky", "Zelenskyy", "1,000", "SEOUL", "who", "!", "?",
    ];

    [Property(MaxTest = 300)]
    public Property Naming_rules_never_fail_on_name_like_text() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary(), text =>
        {
            var diagnostics = RuleHarness.Lint(text);
            return diagnostics.All(d => d.Id != "CL0001" && d.Span.End <= text.Length);
        });

    [Property(MaxTest = 200)]
    public bool Naming_rules_never_fail_on_arbitrary_text(string? text) =>
        RuleHarness.Lint(text ?? string.Empty).All(d => d.Id != "CL0001");
}
