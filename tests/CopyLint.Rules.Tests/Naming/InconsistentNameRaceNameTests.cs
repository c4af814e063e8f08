namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on names written after "the", which name races and things rather than people: "the Hong Kong Sprint" and "the
/// Hong Kong Vase" are two races, not one family-name-first name spelt two ways ("Kim Jong Il" beside "Kim Jong Un" is).
/// </summary>
public sealed class InconsistentNameRaceNameTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void Two_races_named_after_the_same_place_are_left_alone() =>
        Assert.Empty(Reported(
            "SHA TIN — Romantic Warrior won the Longines Hong Kong Cup for a third time on Sunday.\n\n"
            + "In the other races, Ka Ying Rising won the Hong Kong Sprint for trainer David Hayes, and Japan's Giavellotto took the Hong Kong Vase."));

    [Fact]
    public void One_given_name_of_a_person_named_without_the_is_still_reported()
    {
        const string text = "North Korean leader Kim Jong Un visited a factory. Kim praised the workers.\n\n"
            + "Analysts said the weapons would add to the Kim Jong Il arsenal.";
        Assert.Contains(RuleHarness.Lint(text, "CL2001"), d => text[d.Span.Start..d.Span.End] == "Kim Jong Il");
    }
}
