namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the forms of business, regional and sports copy: local household names, the outlet under a byline, a
/// company before its people's titles, currencies, owned descriptions before a body and longer kinds after it; beside
/// each, the defect of the same shape that stays reported.
/// </summary>
public sealed class AcronymSurveyFormTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The RCMP said a man was missing near Hope, British Columbia, on Monday.")]
    [InlineData("Flooding closed the highway near Hope, B.C.'s Fraser Valley. The RCMP said a man was missing.")]
    [InlineData("ACT is on 8.6 percent and New Zealand First on 7.9 percent in the poll.")]
    [InlineData("According to the AA's annual survey, running a car in Ireland cost about 11,700 euros.")]
    [InlineData("Stengle missed the win over Hawthorn at the MCG in Melbourne, the AFL said.")]
    [InlineData("NAGPUR: Ajit Pawar's NCP got nine berths in the Maharashtra cabinet, and one OBC leader was dropped.")]
    [InlineData("Holyrood uses a mixed system. Voters have two ballots: one for a constituency MSP, and one for a party.")]
    [InlineData("Simultaneous polls to the Lok Sabha and the Assemblies would require a large number of additional EVMs.")]
    [InlineData("A diary item suggested the actor had turned down an invitation to the BAFTAs.")]
    [InlineData("Rapper Kofi Mensah-Boateng fought back tears as he dedicated his MOBO award to his late grandmother.")]
    public void An_acronym_every_local_reader_knows_is_not_reported_where_the_story_is(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The RCMP said a man was missing near the river on Monday.", "RCMP")]
    [InlineData("ACT is on 8.6 percent in the poll, up two points.", "ACT")]
    [InlineData("A Sydneysider was stopped at the MCG on Friday.", "MCG")]
    [InlineData("Voters have two ballots: one for a constituency MSP, and one for a party.", "MSP")]
    [InlineData("The polls would require a large number of additional EVMs.", "EVMs")]
    [InlineData("Speaking to the BPI, she said album sales had risen.", "BPI")]
    public void A_local_acronym_in_a_story_that_names_none_of_its_places_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void The_outlet_under_the_byline_is_known_for_the_story() =>
        Assert.Empty(Acronyms("RBA holds rate\n\nPoppy Walsh\nAAP\n\nThe board held the rate on Tuesday.\n\n\"It is steady,\" he told AAP."));

    [Fact]
    public void An_acronym_alone_under_a_line_of_copy_is_no_byline() =>
        Assert.Contains("AAP", Acronyms("Rates on hold\n\nMarkets were calm on Tuesday\nAAP\n\n\"It is steady,\" he told AAP."));

    [Theory]
    [InlineData("AMP chief economist Shane Oliphant said prices would keep rising.")]
    [InlineData("RBC's chief US equity strategist Lori Calvasina said the rally could run.")]
    public void A_company_named_as_the_employer_before_a_market_title_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("TPLF spokesman Getachew Reda said the fighters had withdrawn.", "TPLF")]
    [InlineData("Officials said the KFRA chief executive Park Ji-won would resign.", "KFRA")]
    [InlineData("RBC chief economist Craig Wright said rates would fall. RBC said it would cut jobs.", "RBC")]
    public void A_body_before_a_spokesman_after_an_article_or_acting_elsewhere_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void Capitals_before_a_currency_noun_name_the_currency() =>
        Assert.Empty(Acronyms("The regulator raised the farmgate price to a record 2,800 CFA francs ($5.00) a kilogramme."));

    [Fact]
    public void Capitals_before_a_currency_noun_without_a_figure_name_the_currency() =>
        Assert.Empty(Acronyms("Mali, Burkina Faso and Niger still use the CFA franc, issued by the regional central bank."));

    [Fact]
    public void The_same_capitals_acting_are_still_reported() =>
        Assert.Contains("CFA", Acronyms("The CFA said the farmgate price would rise."));

    [Theory]
    [InlineData("In Australia, the government's agricultural forecaster ABARES raised its wheat estimate.")]
    [InlineData("In France, the farmers' union FNSEA said growers were selling below cost.")]
    [InlineData("Output fell, according to the association's figures.\n\nThe chemicals industry association VCI welcomed the decision.")]
    [InlineData("Unemployment rose to 10.5%, the country's statistics office INE said.")]
    public void A_body_described_with_whose_it_is_before_it_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The chemicals association VCI welcomed the decision.", "VCI")]
    [InlineData("Officials at the agency VCI welcomed the decision.", "VCI")]
    [InlineData("North Korea's state news agency KCNA said the test was a success.", "KCNA")]
    public void A_body_described_without_an_owner_or_an_article_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void A_kind_of_several_words_after_the_acronym_explains_it() =>
        Assert.Empty(Acronyms("Industrial customers paid 17.6 cents, according to the BDEW energy industry association, roughly twice the US level."));

    [Fact]
    public void A_verb_and_an_article_before_the_kind_noun_do_not_describe_it() =>
        Assert.Contains("KFRA", Acronyms("Officials said the KFRA told the union to wait."));

    [Theory]
    [InlineData("The SNCTA, which represents most air traffic controllers, said it would strike.")]
    [InlineData("The SNCTA, which is the largest controllers' union, said it would strike.")]
    [InlineData("The restaurant KOKS, which put the islands on the culinary map, has moved to Greenland.")]
    public void A_relative_clause_that_says_what_the_body_is_explains_it(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The TPLF, which governed Tigray, has since split into rival factions.", "TPLF")]
    [InlineData("The SNCTA, which is investigating the delays, said it would strike.", "SNCTA")]
    public void A_relative_clause_that_tells_what_the_body_did_explains_nothing(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Analysts at the MARA-affiliated research centre said prices would recover.", "MARA")]
    [InlineData("Aid reached the RSF-controlled town of Tawila on Sunday.", "RSF")]
    public void An_acronym_tied_to_a_noun_by_a_body_s_participle_is_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));

    [Theory]
    [InlineData("The UN-backed talks resumed as NATO-led forces and US-funded contractors left the EU-run port.")]
    [InlineData("The Ministry of Agriculture and Rural Affairs set the quota. Analysts at the MARA-affiliated centre said prices would recover.")]
    [InlineData("A CRISPR-based therapy was approved in 2023, and AAA-rated bonds rallied.")]
    [InlineData("The DMK-led alliance won 159 seats in Tamil Nadu in 2021.")]
    public void A_known_or_spelled_out_acronym_or_a_technique_in_a_compound_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void An_acronym_also_used_alone_is_reported_once_where_it_stands_alone() =>
        Assert.Equal(["MARA"], Acronyms("Analysts at the MARA-affiliated centre said prices would recover. MARA said output rose."));

    [Theory]
    [InlineData("THE NEW two-point arc was supposed to reward long-range shooting, and Kerry made it a weapon.")]
    [InlineData("Headline here\n\nTHE NUMBER of first-time buyers fell again last year, the agency said.")]
    [InlineData("A RECORD crowd watched the final in Sydney, where GST receipts and NAPLAN results were also news.")]
    [InlineData("Scientists sequenced the RNA of the virus and found ZIP codes and XL bully dogs in the records.")]
    [InlineData("The U.N. humanitarian office OCHA said 40 trucks had entered Gaza on Sunday.")]
    [InlineData("India launched the NISAR earth observation satellite on Wednesday, officials said.")]
    public void Lede_capitals_everyday_terms_and_dotted_owners_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("NEW two-point arc rules were tried in the final.", "NEW")]
    [InlineData("The NDRC said the NEW rules start in May.", "NEW")]
    [InlineData("The humanitarian office OCHA said 40 trucks had entered Gaza on Sunday.", "OCHA")]
    [InlineData("India launched NISAR on Wednesday, and the satellite reached orbit.", "NISAR")]
    public void Capitals_not_run_on_from_an_article_opening_the_lede_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Shul marks centenary\n\nThe synagogue dedicated a scroll on Sunday.\n\n\"That is what today was about,\" he told the JC.")]
    [InlineData("Everest permits rise\n\nTHE HIMALAYAN TIMES\n\nKATHMANDU, Nov 24\n\n\"We are encouraged by the numbers,\" Gautam told THT.")]
    public void The_paper_s_own_short_name_as_the_one_told_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Test launch\n\n\"The test was a success,\" a spokesman told KCNA.", "KCNA")]
    [InlineData("Trial delayed\n\nCounsel to the commission told the EFCC to fix a date for trial.", "EFCC")]
    [InlineData("Everest permits rise\n\nTHE HIMALAYAN TIMES\n\nThe DNPWC issued 478 permits this season.", "DNPWC")]
    public void Another_outlet_a_body_given_an_order_or_initials_no_masthead_spells_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Other major exporters include Aselsan, Roketsan and the shipbuilder STM.")]
    [InlineData("Ankara still wants a clearer stance from allies on terrorist organisations such as the PKK.")]
    public void A_maker_described_by_its_trade_or_the_PKK_in_Turkish_copy_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Other major exporters include Aselsan, Roketsan and the agency STM.", "STM")]
    [InlineData("The government still wants a clearer stance from allies on organisations such as the PKK.", "PKK")]
    public void A_body_described_as_an_agency_or_the_PKK_outside_Turkish_copy_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The founders met while serving in the IDF's Unit 8200, and the company plans to double its staff in Tel Aviv.")]
    [InlineData("Somalia, South Sudan and the DRC sent ministers to the summit in Arusha.")]
    public void The_IDF_in_Israeli_copy_and_the_DRC_in_East_African_copy_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The founders met while serving in the IDF's Unit 8200, and the company plans to double its staff in London.", "IDF")]
    [InlineData("Chad, Niger and the DRC sent ministers to the summit in Geneva.", "DRC")]
    public void The_IDF_or_the_DRC_in_copy_naming_no_place_of_their_region_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
