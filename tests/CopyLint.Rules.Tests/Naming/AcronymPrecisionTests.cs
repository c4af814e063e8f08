namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on professionally edited copy: companies after a compound description, expansions given without brackets,
/// capitals that are not acronyms and standfirsts; beside each, the defect that stays reported.
/// </summary>
public sealed class AcronymPrecisionTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Luxury group LVMH agreed to sell its 49% stake in the eyewear maker to its founder.")]
    [InlineData("Dutch chip equipment maker ASML, Europe's most valuable technology company, said orders rose.")]
    [InlineData("Travellers could not use the app of the Dutch railway operator NS, and several banks were hit.")]
    [InlineData("Chinese battery maker CATL said profit rose 30% in the third quarter.")]
    [InlineData("Spanish bank BBVA raised its offer for its smaller rival on Monday.")]
    public void A_company_after_a_compound_description_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("North Korea's state news agency KCNA said the test was a success.", "KCNA")]
    [InlineData("North Korea's KCNA said the test was a success.", "KCNA")]
    [InlineData("Spain's BBVA raised its offer for its smaller rival on Monday.", "BBVA")]
    [InlineData("Ethiopia's rebel group TPLF said its fighters had withdrawn from the town.", "TPLF")]
    [InlineData("Argentina's BCRA held its benchmark rate at 29% on Thursday.", "BCRA")]
    [InlineData("Fighters of the Kurdish-led group SDF took the town on Sunday.", "SDF")]
    [InlineData("The employers' group CBI said the tax rise would cost jobs.", "CBI")]
    [InlineData("North Korea's Central News Agency said Kim visited a factory. KCNA has not mentioned the war.", "KCNA")]
    public void A_public_or_armed_body_or_a_bare_possessive_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The Bank of Japan raised interest rates to 0.75% on Friday. The BOJ raised its short-term policy rate from 0.5%.")]
    [InlineData("Adults with a body mass index of 30 or more qualify. The drug cut weight most in those with a high BMI at the start.")]
    [InlineData("Inflation, measured by the consumer price index, rose 3.2% in May. The CPI excluding food rose 2.8%, the agency said.")]
    [InlineData("The Ministry of Foreign Affairs summoned the ambassador. A MOFA spokesman said the meeting was brief.")]
    public void An_earlier_phrase_whose_initials_spell_the_acronym_spells_it_out(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("North Korea's official Central News Agency said Kim visited a factory. KCNA has not mentioned the war.", "KCNA")]
    [InlineData("The board of Japan's largest lender met. The BOJ raised its short-term policy rate on Friday.", "BOJ")]
    [InlineData("Exports fell as consumer demand weakened, while prices of imports rose. The CPI excluding food rose 2.8%.", "CPI")]
    [InlineData("The new rules on office space were announced. NRO staff said they would comply.", "NRO")]
    public void A_phrase_that_spells_only_part_of_it_or_is_broken_is_no_expansion(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Labour held on in the north.\n\n2.29am: RESULT: Labour have won Glasgow East with a majority of 602.")]
    [InlineData("Labour held on in the north.\n\n14:05 RESULT: The Conservatives hold Chelmsford.")]
    [InlineData("Labour held on in the north.\n\n8.41pm - RESULT: The Conservatives hold Chelmsford.")]
    [InlineData("The airline was hit in 2019 when one of its Boeing 737 MAX jets crashed. It returned the MAX to service in 2022.")]
    [InlineData("The carrier took delivery of its first Airbus A350 XWB in 2016.")]
    [InlineData("Buyers can check the rates on the GOV.UK website before they exchange contracts.")]
    public void Labels_models_and_web_domains_in_capitals_are_not_acronyms(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Labour held on in the north.\n\nThe swing was large. RESULT: Labour have won Glasgow East.", "RESULT")]
    [InlineData("Some 200 KFRA officials raided the port on Friday.", "KFRA")]
    [InlineData("The rocket carried 12 NRO satellites into orbit on Friday.", "NRO")]
    [InlineData("In 2024 KFRA officials raided the port.", "KFRA")]
    [InlineData("Officials from the KFRA. Inspectors said the port was closed.", "KFRA")]
    public void Capitals_in_running_text_after_a_count_or_a_full_stop_are_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    private const string Headline = "Tube strike to go ahead on Monday after last-ditch talks fail\n\n";

    [Fact]
    public void A_standfirst_is_display_copy_like_the_headline() =>
        Assert.Empty(Acronyms(Headline
            + "Most London Underground lines expected to be closed for two days as RMT walkout over pay continues\n\n"
            + "A strike by London Underground workers will go ahead after talks between the Rail, Maritime and Transport union (RMT) and Transport for London broke down.\n\n"
            + "The RMT said its members had been left with no choice."));

    [Theory]
    [InlineData("Most London Underground lines expected to be closed for two days as RMT walkout over pay continues\n\nA strike by RMT members will go ahead after talks broke down.\n\nThe union said its members had no choice.")]
    [InlineData("The RMT walkout over pay continues on Monday.\n\nA strike by London Underground workers will go ahead after talks broke down.\n\nThe union said its members had no choice.")]
    public void An_acronym_the_body_never_spells_out_or_in_a_punctuated_first_paragraph_is_still_reported(string body) =>
        Assert.Equal(["RMT"], Acronyms(Headline + body));
}
