namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on acronyms a field or place knows: Northern Ireland's parties, a tech story's network terms, the BSE in India, the WACA,
/// a lifeboat story's RNLI, an app's name after "@", companies of several words in a list, an index named for what it
/// tracks and a product after "its"; beside each, the shape that stays reported. A body's branch in one nation ("NFU
/// Cymru") is judged as its acronym alone.
/// </summary>
public sealed class AcronymFieldAndBranchTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The DUP won two seats, the UUP one, TUV one and Alliance one, the Electoral Office for Northern Ireland said. The SDLP won none.")]
    [InlineData("Attackers scanned the Internet from 300 IP addresses and sent a forged HTTP header to the VPN appliances.")]
    [InlineData("The rules cover general-purpose AI models like OpenAI's GPT series.")]
    [InlineData("Shares of the Indian operator rose 1.2 per cent on the BSE.")]
    [InlineData("At the WACA: Western Australia 8-402 dec drew with South Australia.")]
    [InlineData("Work has begun on a new slipway for the lifeboat station, the RNLI said.")]
    [InlineData("In a memo reviewed by WIRED, the chief financial officer set targets.")]
    [InlineData("Report suspicious posts at the Police@SG app.")]
    [InlineData("Founded with backing from eight Japanese companies including Toyota Motor, Sony Group and NTT, the firm is growing.")]
    [InlineData("The group, whose members include Siemens, SAP and Ericsson, welcomed the proposal.")]
    [InlineData("Chipmakers led the gains, with the PHLX semiconductor index up 2.1%.")]
    [InlineData("Xu said the company would open-source its CANN software toolkit by the end of the year.")]
    [InlineData("The Coast Guard reminded anyone going to sea to carry a VHF radio or personal locator beacon.")]
    [InlineData("President Petr Pavel appointed Babiš at Prague Castle, six weeks after his populist ANO party won the election.")]
    [InlineData("Farmers sold coffee cherry at Shs7,000 a kilogramme. Processed beans, or FAQ, fetched about Shs14,500.")]
    [InlineData("The new Leaf electric car will have a range of up to 375 miles on the WLTP test cycle.")]
    [InlineData("In 1998 he left the state broadcaster to help set up one of the country's early private FM stations.")]
    [InlineData("A thief stole collection tins from shops across Dundee. They had been collecting for the RNLI and the Scottish SPCA.")]
    [InlineData("A British charity survey found the RSPCA and the NSPCC were the best known.")]
    [InlineData("MPs backed the bill in the Commons. Environmental groups, including the Wildlife Trusts and the RSPB, say the fund would let developers pay into a central pot.")]
    [InlineData("Queensland's parliament has passed the laws. The bill passed with the support of the LNP government and Katter's Australian Party.")]
    [InlineData("The monitor's peak brightness in SDR was 421 nits. It supports VRR over DisplayPort and HDMI.")]
    [InlineData("The TV supports VRR and ALLM on all four ports, and the 6.78-inch AMOLED panel streams HD video.")]
    [InlineData("Nvidia's RTX 50-series laptop GPUs arrive in March.")]
    [InlineData("The Kobo e-reader opens EPUB files from any store.")]
    [InlineData("The BeamO is a thermometer, stethoscope, ECG and blood oxygen monitor in one device.")]
    [InlineData("Apple includes five tip sizes, including a new XXS.")]
    [InlineData("LAS VEGAS — Another CES is in the books, and most of the tech we saw will never ship.")]
    [InlineData("BGMI ran at a stable 120 fps for an hour, and PUBG: Battlegrounds was the third most played game on Steam.")]
    [InlineData("The studio let go of most of its QA team after the game shipped.")]
    [InlineData("Torzsás shone on the AWP in the Counter-Strike final, with a 1.38 rating according to HLTV statistics.")]
    [InlineData("His ACS of 261 leads all Valorant players this year.")]
    [InlineData("Team Falcons won The International 2025. Cr1t- was playing his final TI after a decade of Dota 2.")]
    [InlineData("Prices were supported by the suspension of CATL's lepidolite mine and firm demand for lithium.")]
    [InlineData("In CNET's streaming video test, it ran for 27 hours and 40 minutes.")]
    public void A_name_known_where_the_story_is_or_named_by_its_kind_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The UUP won one seat.", "UUP")]
    [InlineData("The IP was sold to a rival, the court heard.", "IP")]
    [InlineData("The GPT said the tax would rise.", "GPT")]
    [InlineData("Cattle were culled after BSE was found on the farm.", "BSE")]
    [InlineData("At the WACA: the home side made 8-402 dec.", "WACA")]
    [InlineData("Environmental groups, including the Wildlife Trusts and the RSPB, say the fund would let developers pay into a central pot.", "RSPB")]
    [InlineData("The bill passed with the support of the LNP government and two independents.", "LNP")]
    [InlineData("The RNLI said the crew launched the lifeboat. The Royal National Lifeboat Institution (RNLI) said two were rescued.", "RNLI")]
    [InlineData("The RNLI said the lifeboat launched at 4pm. He joined the Royal National Lifeboat Institution's crew in 1961.", "RNLI")]
    [InlineData("Report suspicious posts to the SPF at its app.", "SPF")]
    [InlineData("Members include Siemens, the KFRA and Ericsson.", "KFRA")]
    [InlineData("Members include Siemens, NKT and Ericsson. NKT said it would lead the talks.", "NKT")]
    [InlineData("Chipmakers led the gains, with the PHLX index up 2.1%.", "PHLX")]
    [InlineData("Xu said the company would open-source the CANN software by the end of the year.", "CANN")]
    [InlineData("Staff were told to carry a VHF handset at all times.", "VHF")]
    [InlineData("His populist ANO party won the election.", "ANO")]
    [InlineData("Processed beans, or FAQ, fetched about Shs14,500.", "FAQ")]
    [InlineData("The new model will have a range of up to 375 miles on the WLTP test cycle.", "WLTP")]
    [InlineData("The FM said the budget would be tabled on Monday.", "FM")]
    [InlineData("The tins had been collecting for a hospice, the RNLI and a food bank.", "RNLI")]
    [InlineData("He fished out of Dundee for 47 years, according to the RNLI.\n\nHe joined the Royal National Lifeboat Institution in 1961.", "RNLI")]
    [InlineData("The IMF said its SDR allocation would rise.", "SDR")]
    [InlineData("The HD said the drug slowed the disease.", "HD")]
    [InlineData("The QA said the report would be published on Monday.", "QA")]
    [InlineData("The ACS said the score would stand.", "ACS")]
    [InlineData("The TI said the grant had been paid.", "TI")]
    [InlineData("The CATL said the plant would close.", "CATL")]
    public void The_same_acronym_without_its_place_field_or_kind_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The NFU Cymru president, Aled Davies, said the decision was understandable.", "NFU")]
    [InlineData("NAHT Cymru said the pay offer was not enough.", "NAHT")]
    [InlineData("The PDMA of Khyber Pakhtunkhwa said 19 children were among the dead.", "PDMA")]
    [InlineData("The PDMA said 19 children were among the dead.", "PDMA")]
    public void A_branch_named_by_an_unexplained_acronym_is_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));

    [Theory]
    [InlineData("Laura Doel, director of the school leaders' union NAHT Cymru, said schools were doing well.")]
    [InlineData("The National Farmers' Union (NFU) said prices fell. The NFU Cymru president said the show was cancelled.")]
    [InlineData("BBC Wales said the programme would return.")]
    [InlineData("The PGA of America said the course would host the championship.")]
    [InlineData("The PDMA of Khyber Pakhtunkhwa said 19 had died. The PDMA said tents were sent. The PDMA said roads were shut.")]
    [InlineData("Mr Oduya, the CEO of Samsung Bioepis, said the deal was done.")]
    [InlineData("NFU Cymru said prices fell. NFU Cymru wants help. A spokesman for NFU Cymru said more was needed.")]
    public void A_branch_described_spelled_out_known_or_named_often_is_left_alone(string text) => Assert.Empty(Acronyms(text));
}
