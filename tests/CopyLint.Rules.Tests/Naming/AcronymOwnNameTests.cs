namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on capitals that are names of their own or are explained straight after, from entertainment and trade copy:
/// acts and broadcasters before their works, acts in a list of performers, titles and outlets described before them,
/// a product after its maker, tokens named for a currency, a person's initials, glosses after the acronym, state bodies
/// described by their kind, local broadcasters and a slash dateline; beside each, the defect of the same shape that
/// stays reported.
/// </summary>
public sealed class AcronymOwnNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The song dethrones SZA's \"Low Tide,\" which had led the Hot 100 for three weeks.")]
    [InlineData("Meanwhile, JTBC's \"Moonlit Pharmacy\" continued its upward climb.")]
    [InlineData("Other performers on this week's show included ATEEZ, Kwon Eun-bi, TWS, Lee Chae-yeon, and UNIS.")]
    [InlineData("Among the guests were the actor Cate Blanchett, the musician FKA twigs and the designer's chief executive.")]
    [InlineData("Kim Do-hyun, a music critic and columnist for the magazine IZM, said the song marked a turning point.")]
    [InlineData("The producers said the episode had performed strongly on streaming platform ITVX, with 900,000 streams.")]
    public void An_act_a_title_or_an_outlet_named_in_capitals_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Iran said the IRGC's \"True Promise\" operation had ended.", "IRGC")]
    [InlineData("Officials said the talks included KFRA, the ministry and the unions.", "KFRA")]
    [InlineData("The PGZ group, which owns the Gliwice plant, said it would hire 400 workers.", "PGZ")]
    public void A_body_before_a_title_in_a_list_without_performers_or_with_a_group_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The 2027 contest will be held in Vienna, after Austria's JJ won in Basel with \"Wasted Love.\"")]
    [InlineData("The loudest cheer of the night came when KXM sang \"Golden Hour\" in the final.")]
    public void An_act_that_wins_or_sings_with_a_quoted_title_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The 2027 contest will be held in Vienna, after Austria's ORF won the rights to host it.", "ORF")]
    [InlineData("The 2027 contest will be held in Vienna, after the ORF won praise for \"Wasted Love.\"", "ORF")]
    public void A_body_that_wins_with_no_title_or_with_the_article_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Wheat was at $226 a tonne, according to the IKAR agricultural consultancy.")]
    [InlineData("Naval Group's FDI design and a U.S. offer based on the Constellation class were also in contention.")]
    [InlineData("The stablecoin market grew to $290 billion, with Tether's USDT and Circle's USDC accounting for more than 80% of it.")]
    [InlineData("The euro rose against the dollar, and the EURUSD pair hit a three-month high.")]
    [InlineData("The claim was brought by a Dutch consumer, identified in the judgment only as \"L.M.,\" against the carrier.")]
    public void A_firm_a_product_after_its_maker_a_token_or_a_person_s_initials_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Iran's IRGC said the drills would continue.", "IRGC")]
    [InlineData("Park will meet officials from the USTR during the visit.", "USTR")]
    [InlineData("Wheat stocks will fall, the USDA said in its monthly report.", "USDA")]
    [InlineData("The claim was brought after K.L. officials raided the port.", "K.L.")]
    public void A_body_after_a_country_s_possessive_or_dotted_capitals_acting_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Most of the tea is produced using the CTC method, short for crush, tear and curl, and sold in tea bags.")]
    [InlineData("The floods, caused by a phenomenon known in Spain as a DANA, or isolated depression at high levels, dumped rain.")]
    public void A_gloss_straight_after_the_acronym_explains_it(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Most of the tea is produced using the CTC method, which was developed in the 1930s.", "CTC")]
    [InlineData("The trustees will apply for money from the CIL, or from local charities, to add a kitchen.", "CIL")]
    [InlineData("The KFRA was short for months of the staff it needed.", "KFRA")]
    [InlineData("Fidan said the PKK/YPG terror group must not be allowed to use Syrian territory.", "PKK")]
    public void An_alternative_or_a_clause_after_it_is_no_gloss(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("More than 387,000 people had been evacuated, according to the state weather agency PAGASA.")]
    [InlineData("The national meteorology institute INMET warned that more rain was expected.")]
    public void A_state_body_described_by_its_kind_after_the_article_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Brazil's oil regulator ANP said last week that national output reached 3.9 million bpd in September.")]
    [InlineData("Under the interim deal, the region will hand over oil to Iraq's state oil marketer SOMO, which will sell it.")]
    [InlineData("\"It simply doesn't work any more,\" said Stefan Thimm, managing director of German offshore wind industry association BWO.")]
    [InlineData("Jakob Larsen, chief safety and security officer at shipping association BIMCO, said the attacks would continue.")]
    [InlineData("Shipowners must comply with amendments to the SOLAS convention that take effect next year.")]
    [InlineData("Cebu Pacific operates a fleet of A320 family jets, A330s and ATR turboprops.")]
    [InlineData("Argentina's central bank BCRA held its benchmark rate at 29% on Thursday.")]
    public void A_body_described_by_its_owner_or_trade_without_the_article_or_a_treaty_by_its_kind_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Officials said the ban came from news agency KCNA on Friday.", "KCNA")]
    [InlineData("The test was announced by rebel group TPLF on Friday.", "TPLF")]
    [InlineData("Jakob Larsen, an officer at the new association BIMCO, said the attacks would continue.", "BIMCO")]
    [InlineData("Europe's aviation regulator EASA has ordered checks on fuel pumps.\n\nThe European Union Aviation Safety Agency said operators must inspect fuel hoses within 30 days.", "EASA")]
    public void A_body_described_by_no_owner_or_trade_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The test was a success, the state news agency KCNA said.", "KCNA")]
    [InlineData("North Korea's state news agency KCNA said the test was a success.", "KCNA")]
    [InlineData("The state agency PAGASA said the storm had weakened.", "PAGASA")]
    public void A_state_news_agency_or_a_body_without_its_kind_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The song has been registered with KOMCA under the names of all nine members.", "KOMCA")]
    [InlineData("The distributor has launched a campaign aimed at AMPAS voters, with screenings in Los Angeles.", "AMPAS")]
    [InlineData("Refusal reasons will be finalised by officers. Kestrel Homes has six months to lodge an appeal with PINS.", "PINS")]
    [InlineData("A spokesman for Kestrel Homes said it would appeal to PINS next month.", "PINS")]
    [InlineData("A spokesman for Kestrel Homes said it would appeal to the PINS next month.", "PINS")]
    public void A_registry_or_a_body_s_voters_after_a_preposition_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("SBS's Friday-Saturday drama recorded 7.1 percent in Seoul, while MBC's police drama scored 5.6 percent.")]
    [InlineData("The five-day game is losing crowds in India, but the BCCI should fund it like it means it.")]
    [InlineData("The jar was used in the second century BC. \"We read every book blind to the author's CV,\" he said.")]
    [InlineData("\"We get truckers, retirees in RVs,\" he said. Researchers are using \"coral IVF\" to reseed reefs.")]
    [InlineData("Festival director Jo Penhallow told NME that the line-up was the one they wanted.")]
    [InlineData("MUMBAI/SHANGHAI, Feb 16 - India's gold imports fell 38% in January from a year earlier.")]
    public void Local_broadcasters_everyday_terms_and_a_slash_dateline_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void The_agency_closing_a_credit_line_without_brackets_is_not_reported() =>
        Assert.Empty(Acronyms("Pupils at a school in Wiltshire hand in their phones at the gate each morning. Photograph: Ben Birchall/PA\n\nThe ban began in May."));

    [Fact]
    public void An_agency_after_a_slash_without_a_picture_label_is_still_reported() =>
        Assert.Contains("KFRA", Acronyms("Officials met on Monday. The money came from the council and the port authority/KFRA\nand the ban began in May."));

    [Fact]
    public void A_korean_broadcaster_in_a_story_with_no_korean_place_is_still_reported() =>
        Assert.Contains("SBS", Acronyms("SBS's Friday-Saturday drama recorded 7.1 percent, up from 6.4 percent."));
}
