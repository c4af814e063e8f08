namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the terms freight, hotel and road copy never spells out (LPG beside LNG, XPO, MSC and BCOs in container
/// copy, IHG in hotel copy, state DOTs in highway copy) and on a lower-case expansion with "per" in it ("million gallons
/// per day" … "MGD"); beside each, the same letters outside that copy, or never spelled out, still reported.
/// </summary>
public sealed class AcronymTradeLexiconTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("LNG and LPG carriers, which were among the first to divert away from the canal, have been slower to return.")]
    [InlineData("Saia reported a 1.2% decline in tonnage per day for the month. XPO said its tonnage per day was down 3.4%.")]
    [InlineData("Vizhinjam handled 610,000 teu in the six months, the port said. MSC has made the port a regular call on its Jade service.")]
    [InlineData("Spot container rates are falling as BCOs begin preparing for annual contract negotiations.")]
    [InlineData("Carriers were offering rates below $2,000 per 40ft container to large NVOCCs.")]
    [InlineData("Hilton and IHG are also expanding rapidly in India, often through franchise agreements for their hotels.")]
    [InlineData("Bridge bids are coming in above estimates on state highways. Some DOTs have added price-adjustment clauses for steel.")]
    [InlineData("The expansion will increase the plant's capacity from 220 million gallons per day to 300 MGD.")]
    [InlineData("The limit on the road is 20 miles per hour, and drivers caught at 30 MPH will be fined.")]
    public void A_trade_term_in_its_own_copy_or_after_its_lower_case_expansion_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The MSC said the ruling would be appealed.", "MSC")]
    [InlineData("The IHG said the ruling would be appealed.", "IHG")]
    [InlineData("The DOT said the ruling would be appealed.", "DOT")]
    [InlineData("The plant's capacity will rise to 300 MGD next year.", "MGD")]
    [InlineData("The plant's capacity of 220 million litres a day will rise to 300 MGD.", "MGD")]
    public void The_same_letters_outside_that_copy_or_never_spelled_out_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
