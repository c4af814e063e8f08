namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a party coalition named by its kind after it ("the VLEN coalition of ethnic Albanian parties") and a scheme
/// described and named by its kind ("the AADL rent-to-own scheme"), as "the RMT union" and "the institute's PRODES
/// system" are; beside each, the bare acronym that stays reported.
/// </summary>
public sealed class AcronymCoalitionAndSchemeKindTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The budget passed with votes from the ZRAK coalition of ethnic minority parties.")]
    [InlineData("Applicants under the KDLP rent-to-own scheme will get keys by June.")]
    [InlineData("The ministry said 40,000 homes were under the government's KDLP scheme.")]
    public void The_kind_explains_the_acronym(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The budget passed with votes from the ZRAK and two smaller parties.", "ZRAK")]
    [InlineData("Applicants under the KDLP will get keys by June.", "KDLP")]
    [InlineData("Applicants under the KDLP scheme will get keys by June.", "KDLP")]
    public void A_bare_acronym_is_still_reported(string text, string acronym) => Assert.Equal([acronym], Acronyms(text));
}
