namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on names trade copy never spells out: companies whose name is their initials (ANZ, DNV, CFM), the exchanges of a
/// futures or metals story (ICE, CME, LME), the farm desk's USDA, FFA and PTO, and the container unit TEU after a figure
/// or in a container story. Beside each, the same capitals away from their field, which stay reported.
/// </summary>
public sealed class AcronymTradeNameAndUnitTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("ANZ was holding its forecast at $9.40 pending the next auction.")]
    [InlineData("Shipping lines have ordered more than 300 methanol-capable vessels, according to classification society DNV.")]
    [InlineData("The planemaker has struggled to raise output because of delays at engine makers CFM and Pratt & Whitney.")]
    [InlineData("ICE canola futures for November delivery closed at $612 a tonne on Friday.")]
    [InlineData("Lean hog futures for June delivery settled at $89.45 per hundredweight on Friday at the CME.")]
    [InlineData("Zambia's copper output rose 10%. Copper prices on the LME were at $9,600 a tonne on Tuesday.")]
    [InlineData("Producers should know about the USDA testing requirements for interstate movement of dairy cattle.")]
    [InlineData("Buyers from local businesses bid on animals raised by 4-H and FFA members.")]
    [InlineData("A PTO shaft turning at 540rpm behind a tractor will wrap clothing in a second.")]
    [InlineData("Transnet Port Terminals handled 1.3 million TEU at Durban in the year to March.")]
    [InlineData("Carriers will add 2.1m TEU of new capacity next year, the consultancy said.")]
    [InlineData("The port authority said container throughput rose 2.9% in TEU terms.")]
    public void A_trade_name_or_unit_in_its_field_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("ICE agents detained 40 people in Chicago on Friday, officials said.", "ICE")]
    [InlineData("The LME said on Monday that it would review its rules.", "LME")]
    [InlineData("The USDA said on Monday that it would cut staff in Washington.", "USDA")]
    [InlineData("The FFA said on Monday it would appeal the ruling.", "FFA")]
    [InlineData("The PTO said on Monday it would review the patent.", "PTO")]
    [InlineData("The TEU said on Monday that volumes had fallen.", "TEU")]
    public void The_same_capitals_away_from_their_field_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
