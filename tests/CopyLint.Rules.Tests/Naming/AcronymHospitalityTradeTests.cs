namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the initials pub, restaurant and cannabis copy never spells out (CAMRA beside beer or pubs, the AA's
/// rosettes, THC and CBD beside hemp or cannabis); beside each, the same letters outside that copy still reported.
/// </summary>
public sealed class AcronymHospitalityTradeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Both pubs appear in CAMRA's Good Beer Guide, the brewery said.")]
    [InlineData("The restaurant, which has 40 covers and a terrace over the bay, holds three AA rosettes.")]
    [InlineData("Competition from canned cocktails and hemp-derived THC drinks has drawn younger drinkers away.")]
    public void Initials_known_in_their_own_trade_copy_are_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The council said CAMRA would be consulted on the plans.", "CAMRA")]
    [InlineData("The restaurant, which has 40 covers, told the AA it would reopen.", "AA")]
    [InlineData("The drinks contain THC, the regulator said.", "THC")]
    public void The_same_letters_outside_that_copy_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
