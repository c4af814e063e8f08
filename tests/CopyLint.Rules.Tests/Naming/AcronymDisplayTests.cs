namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on round 5's consumer, politics and humanitarian copy: display copy (a punctuated standfirst, a question
/// subheading) before the body's use, acronyms that go on through a bracketed letter or an ampersand, a lower-case name
/// before ", or CR,", a square-bracket gloss, words in capitals, a reader's initials, a slashed dateline and local
/// household acronyms; beside each, the defect of the same shape that stays reported.
/// </summary>
public sealed class AcronymDisplayTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Headline = "Benefits rise by 1.7% from April: how much more you will get\n\n";

    [Fact]
    public void An_acronym_in_a_punctuated_standfirst_is_judged_at_its_use_in_the_body() =>
        Assert.Empty(Acronyms(Headline + "Universal credit, PIP and child benefit are going up. Here is how.\n\nBy Kate Winslow\n\n"
            + "The increase applies to personal independence payment (PIP) and child benefit.\n"));

    [Fact]
    public void An_acronym_in_a_standfirst_used_unexplained_in_the_body_is_reported_there() =>
        Assert.Equal(["PIP"], Acronyms(Headline + "Universal credit, PIP and child benefit are going up. Here is how.\n\nBy Kate Winslow\n\n"
            + "The increase applies to PIP and child benefit.\n"));

    [Fact]
    public void The_lede_under_the_headline_is_body_copy_not_a_standfirst()
    {
        const string text = Headline + "North Korea tested a missile on Monday, KCNA said.\n\nKCNA gave no details of the launch.\n\n"
            + "The Korean Central News Agency (KCNA) is the state's outlet.\n";
        Assert.Equal([text.IndexOf("KCNA", StringComparison.Ordinal)], RuleHarness.Lint(text, "CL2004").Select(d => d.Span.Start));
    }

    [Fact]
    public void An_acronym_in_a_question_subheading_spelled_out_below_is_not_reported() =>
        Assert.Empty(Acronyms(Headline + "Travellers face new checks at the border.\n\nWhat about ETIAS?\n\n"
            + "The European Travel Information and Authorisation System (ETIAS) is a separate scheme.\n"));

    [Fact]
    public void An_acronym_in_a_body_paragraph_before_its_expansion_is_still_reported() =>
        Assert.Equal(["KCNA"], Acronyms("Pyongyang said on Monday that it had tested a missile, KCNA said.\n\n"
            + "The Korean Central News Agency (KCNA) gave no details.\n"));

    [Fact]
    public void A_party_with_a_bracketed_letter_or_an_ampersand_is_one_acronym() =>
        Assert.Empty(Acronyms("In Bihar, the JD(U) and the CPI(M) campaigned together.\n\n"
            + "National Savings and Investments (NS&I) cut its rate. NS&I said savers would be told.\n"));

    [Fact]
    public void An_unknown_acronym_with_a_bracketed_letter_is_reported_whole() =>
        Assert.Equal(["XQ(R)"], Acronyms("The XQ(R) said it would contest the seat.\n"));

    [Fact]
    public void An_unknown_acronym_through_an_ampersand_is_reported_once_and_whole() =>
        Assert.Equal(["IS&WFPO"], Acronyms("The IS&WFPO said on Monday that food aid would be cut by a third.\n"));

    [Fact]
    public void A_company_whose_name_is_its_initials_through_an_ampersand_is_known() =>
        Assert.Empty(Acronyms("Shares in AT&T fell while the S&P 500 rose and M&S said its R&D spending was unchanged.\n"));

    [Fact]
    public void Two_capitals_after_a_slash_close_one_name_with_the_capitals_before_it() =>
        Assert.Empty(Acronyms("She spoke to RFE/RL's Tajik Service and said the band AC/DC had played there.\n"));

    [Fact]
    public void A_body_of_three_letters_after_a_slash_is_still_its_own_acronym() =>
        Assert.Equal(["UNDP", "UNHCR"], Acronyms("The figures come from a joint UNDP/UNHCR report published on Monday.\n"));

    [Theory]
    [InlineData("The continuing resolution, or CR, would fund the government until January.")]
    [InlineData("The average annual percentage rate, or APR, was 21.76% in August.")]
    [InlineData("\"We meet at the COP [the annual UN climate conference] every year,\" she said.")]
    public void A_lower_case_name_before_or_and_a_square_bracket_gloss_explain_the_acronym(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void Names_joined_by_an_en_dash_give_their_initials_together() =>
        Assert.Empty(Acronyms("La Niña is part of a natural climate cycle called the El Niño–Southern Oscillation, or ENSO. The cycle has three phases."));

    [Theory]
    [InlineData("La Niña is part of a natural climate cycle called the El Niño, or ENSO. The cycle has three phases.", "ENSO")]
    [InlineData("The army fought the Rapid Support Forces–Sudan Liberation Movement alliance. The ENSO said so.", "ENSO")]
    public void Names_that_do_not_give_the_initials_across_a_dash_leave_it_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("The committee, or CR, would meet on Monday.", "CR")]
    [InlineData("The funding was agreed at the COP every year.", "COP")]
    public void Words_that_do_not_give_the_initials_or_no_gloss_leave_it_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Forward it free to 7726, which spells SPAM on a phone keypad.")]
    [InlineData("said Lisa Nyamadzawo, policy adviser at the anti-poverty campaign group ONE.")]
    [InlineData("The villa owner says he never received our money. Is there anything we can do? CH, Leeds")]
    public void A_word_in_capitals_or_a_reader_s_initials_is_not_an_acronym(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_body_s_officers_after_a_preposition_are_not_a_company_s() =>
        Assert.Equal(["CBSA"], Acronyms("The investigation began after a tip from CBSA officers, who intercepted a shipment.\n"));

    [Fact]
    public void A_company_described_by_a_plural_noun_is_not_reported() =>
        Assert.Empty(Acronyms("Prices rose, according to data from property portals SRX and 99.co.\n"));

    [Theory]
    [InlineData("Officials from the rebel group TPLF said the talks had failed.", "TPLF")]
    [InlineData("Is there anything we can do? CH said the money was gone.", "CH")]
    public void A_body_after_its_noun_or_initials_in_a_sentence_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void The_second_place_of_a_slashed_dateline_is_not_an_acronym() =>
        Assert.Empty(Acronyms("CAIRO/GENEVA, Dec 24 (Reuters) - Famine has spread to at least five areas of Sudan.\n"));

    [Theory]
    [InlineData("APIA, 3 JUNE - The Head of State has dissolved the Legislative Assembly.\n")]
    [InlineData("PORT MORESBY, 12 SEPT (PACNEWS) - Parliament has been recalled.\n")]
    public void A_month_in_capitals_after_the_day_in_a_dateline_is_a_date(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void Capitals_after_a_number_in_the_body_are_still_reported() =>
        Assert.Contains("JUNE", Acronyms("APIA - The vote took place on 3 JUNE - the anniversary of the union.\n\nThe JUNE group said it would appeal.\n"));

    [Theory]
    [InlineData("In Kerala, the UDF wrested the seat from the ruling LDF, while the RJD and TDP campaigned in Bihar.")]
    [InlineData("Customers of AIB, PTSB and KBC in Ireland pay fees, the PSNI said.")]
    [InlineData("Your IRD number is on your KiwiSaver statement.")]
    [InlineData("Singapore's CPF rules changed, property portal SRX said.")]
    [InlineData("Traffic across Britain will be heavy, the RAC said.")]
    [InlineData("Fraudsters are posing as Royal Mail, Evri and DPD in an attempt to steal card details.")]
    [InlineData("Burkina Faso, with Mali and Niger, left ECOWAS in January 2025 to form the Alliance of Sahel States.")]
    public void Household_acronyms_with_their_place_are_known(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Customers of the AIB pay fees, the lender said.\n", "AIB")]
    [InlineData("Ministers will meet ECOWAS envoys in Brussels on Monday.\n", "ECOWAS")]
    public void A_local_acronym_without_its_place_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
