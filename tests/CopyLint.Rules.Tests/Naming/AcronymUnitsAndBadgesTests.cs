namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on capitals that are a product's badge or platform ("an XLT from $71,990", "the new INGLO platform"), a
/// percentage's unit ("12% ABV"), a post's label after an emoji ("⚠️ RECALL:"), and initials every reader of a field or
/// place knows (FIA in motor racing, ODI in cricket, SD in a gadget review, the IRFU in Dublin, ANCAP and a VIN in car
/// copy, HDMI, QR, FARC); beside each,
/// the shape that stays reported.
/// </summary>
public sealed class AcronymUnitsAndBadgesTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("When the carmaker unveiled the SUV, built on the new INGLO platform, the design split opinion in our office.")]
    [InlineData("The Wildtrak is priced from $79,990. There is also an XLT from $71,990 and a top-spec Platinum from $85,990.")]
    [InlineData("Since the reform of alcohol duty, sparkling wine at 12% ABV carries duty of about £3.21 a bottle.")]
    [InlineData("The brewery's 5.2 per cent ABV lager sells well in summer.")]
    [InlineData("Owners should check their cars.\n\n⚠️ RECALL: Hyundai Tucson and Kia Sportage (2022–2025). Check if your vehicle is affected.")]
    [InlineData("Doris was replaced at half-time with what the IRFU described as a shoulder injury, the coach said in Dublin.")]
    [InlineData("Verstappen won the Monaco Grand Prix under the rule, introduced by the FIA this year, requiring two stops.")]
    [InlineData("Siraj's figures were his best in ODIs on home soil, and he took five wickets.")]
    [InlineData("The course will play to 7,548 yards. The USGA has lengthened three holes since 2014, and golfers expect firm greens.")]
    [InlineData("Anirban Lahiri, who plays on the LIV circuit and was not eligible, watched the golf as a spectator.")]
    [InlineData("Kim's wife, former LPGA player Oh Ji-hyun, was on the 18th green when he holed the winning putt.")]
    [InlineData("Kyle Busch, a two-time NASCAR champion, crashed out on lap 12.")]
    [InlineData("The laptop has two USB-C ports and a headphone jack, with no HDMI and no SD card reader.")]
    [InlineData("The seven-speed DSG automatic fitted to lower-powered models can judder at low speed.")]
    [InlineData("Miners at the pit earn about GH¢300 a day, and a bag of cement now costs GH¢ 95.")]
    [InlineData("Tickets cost HK$50 in Hong Kong and TT$40 in Port of Spain.")]
    [InlineData("The three federations, the socialist FGTB-ABVV and the Christian CSC-ACV, called the strike.\n\nThierry Bodson, president of the FGTB, said the government had refused to negotiate, and the ACV agreed.")]
    [InlineData("MG has cut the price of its electric hatchback by £2,000 for the spring.")]
    [InlineData("The government talks with guerrillas and dissident factions of the former FARC rebels have stalled.")]
    [InlineData("The electric car scored five stars in ANCAP testing, with an adult occupant score of 87 per cent.")]
    [InlineData("The new battery increases the certified MIDC range of the electric car to 489km.")]
    [InlineData("Owners of affected vehicles can check their VIN on the Product Safety Australia website.")]
    [InlineData("The ID.4 GTX gains 30kW over the outgoing version.")]
    [InlineData("- ID.4 GTX: 79kWh, 250kW, 323 miles, £53,010\n\nThe four-wheel-drive GTX performance model gains 30kW over the outgoing version.")]
    [InlineData("Day-trippers must register online and carry a QR code, which stewards check at the station.")]
    public void A_badge_a_unit_a_label_or_a_name_known_in_its_field_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Travellers must register with the new ETIAS system before they fly.", "ETIAS")]
    [InlineData("The XLT from the factory was recalled, officials said.", "XLT")]
    [InlineData("Miners earn about GH¢300 a day, and the KFRA $5 million fund pays for the clean-up.", "KFRA")]
    [InlineData("The FGTB-led march closed the centre.\n\nThierry Bodson, president of the FGTB, said the government had refused to negotiate.", "FGTB")]
    [InlineData("Prices rose 12%. KFRA officials said the cap would stay.", "KFRA")]
    [InlineData("Doris was replaced at half-time with what the IRFU described as a shoulder injury.", "IRFU")]
    [InlineData("The FIA, which also runs road-safety campaigns, met in Paris on Monday.", "FIA")]
    [InlineData("Officials said the SD won a fifth of the vote in Stockholm on Sunday.", "SD")]
    [InlineData("The USGA has lengthened the deadline for amateur status appeals, the association said.", "USGA")]
    [InlineData("The announcement, read on state television MRTV, said men would be summoned in phases.", "MRTV")]
    [InlineData("Mahindra claims a range of 682 km for the 79 kWh version on the MIDC test cycle.", "MIDC")]
    [InlineData("Ford claims 45km of electric-only range on the WLTP test, and our figure was closer to 38km.", "WLTP")]
    [InlineData("The charity scored five stars in ANCAP testing of its advice line.", "ANCAP")]
    [InlineData("Owners can check their VIN on the Product Safety Australia website.", "VIN")]
    [InlineData("The four-wheel-drive GTX performance model gains 30kW over the outgoing version.", "GTX")]
    [InlineData("In 2024 KFRA officials said the cap would stay.", "KFRA")]
    [InlineData("The engine drives the front wheels through a CVT that drones under hard acceleration.", "CVT")]
    public void The_same_capitals_without_their_price_unit_label_or_field_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
