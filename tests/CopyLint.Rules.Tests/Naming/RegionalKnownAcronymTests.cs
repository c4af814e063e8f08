namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on acronyms one country's copy never spells out: Australia's states and territories and its city centre in
/// copy that names a state or territory, and DUI in US police copy; beside each, the same acronym with no such place or trade.
/// </summary>
public sealed class RegionalKnownAcronymTests
{
    private static int Acronyms(string text) => RuleHarness.Lint(text, "CL2004").Count;

    [Theory]
    [InlineData("Western Australia Police say 158 people have been killed on regional WA roads this year.")]
    [InlineData("Northern Territory Police walk through the CBD in Alice Springs on Friday nights.")]
    [InlineData("Police in Lakewood made a DUI arrest on West Alameda Avenue after officers saw a pickup drift across two lanes.")]
    public void A_locally_known_acronym_in_its_own_copy_is_left_alone(string text) => Assert.Equal(0, Acronyms(text));

    [Theory]
    [InlineData("The council says 158 people have been killed on regional WA roads this year.")]
    [InlineData("Volunteers walk through the CBD on Friday nights.")]
    [InlineData("The court heard about the DUI case on Tuesday.")]
    public void The_same_acronym_with_no_such_place_or_trade_is_still_reported(string text) => Assert.Equal(1, Acronyms(text));
}
