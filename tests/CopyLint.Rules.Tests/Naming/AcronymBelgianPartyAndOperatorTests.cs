namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the Belgian parties and transport companies every Belgian outlet names by their initials alone ("the
/// Christian democrat CD&amp;V", "TEC in Wallonia"), in a story that names a Belgian place, beside the same initials in a
/// story that names none, which are still reported.
/// </summary>
public sealed class AcronymBelgianPartyAndOperatorTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The Flemish government, a coalition of the nationalist N-VA, the Christian democrat CD&V and the socialist Vooruit, took office in September 2024.")]
    [InlineData("Rail services will be cut in Belgium on Tuesday. De Lijn and TEC in Wallonia warned of severe disruption to bus and tram services.")]
    public void A_Belgian_party_or_operator_in_Belgian_copy_is_known(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The coalition of the Christian democrat CD&V and the socialist Vooruit took office in September 2024.", "CD&V")]
    [InlineData("Rail services will be cut on Tuesday. TEC warned of severe disruption to bus and tram services.", "TEC")]
    public void The_same_initials_with_no_Belgian_place_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
