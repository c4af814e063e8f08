namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2004 on companies whose name is an acronym, described by the noun before it.</summary>
public sealed class AcronymUsageTests
{
    [Theory]
    [InlineData("Apple sold 235 million iPhones last year, according to research firm IDC. IDC said demand was weak.")]
    [InlineData("Shares of chipmaker TSMC rose 3% on Friday, the exchange said.")]
    [InlineData("That last point, says Gilles Yabi, founder of the Dakar-based think tank WATHI, is the strongest link.")]
    [InlineData("More than 6,000 people have been killed, according to the conflict monitor ACLED.")]
    public void A_company_described_by_the_noun_before_it_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("North Korea's state news agency KCNA said the test was a success.", "KCNA")]
    [InlineData("Apple sold 235 million iPhones last year. IDC said demand was weak.", "IDC")]
    [InlineData("ACLED said more than 6,000 people had been killed.", "ACLED")]
    public void A_bare_or_public_body_acronym_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);

    [Theory]
    [InlineData("Schoof said he would accept the resignation of ministers from the Party for Freedom, known by its Dutch initials PVV, on Wednesday. The PVV won 37 seats.")]
    [InlineData("The Revolutionary Armed Forces of Colombia, known by its Spanish acronym, FARC, signed a peace deal in 2016.")]
    [InlineData("Ministers from the Party for Freedom, or PVV, left the cabinet. The PVV won 37 seats in 2023.")]
    [InlineData("Turkey's Disaster and Emergency Management Authority, known as AFAD, said the quake hit at 4:12 a.m. AFAD said no buildings collapsed.")]
    public void An_acronym_given_as_the_initials_of_the_name_before_it_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("Ministers left the cabinet, or PVV officials said so. The party won 37 seats.", "PVV")]
    [InlineData("The initials were painted on the wall. PVV supporters gathered outside.", "PVV")]
    [InlineData("Turkey's Disaster and Emergency Management Authority said AFAD teams reached the town by dawn.", "AFAD")]
    public void An_acronym_after_a_lower_case_or_or_the_word_initials_elsewhere_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);

    [Theory]
    [InlineData("Analysts at Macquarie and CBA lowered their forecasts for the next cut to March.")]
    [InlineData("The deal was financed by Barclays or RBC, people familiar with the matter said.")]
    [InlineData("Card spending fell sharply in May, payment processor JCB said on Tuesday.")]
    public void A_second_company_after_a_preposition_or_one_a_noun_describes_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("The police and DGSI agents searched the flat on Friday.", "DGSI")]
    [InlineData("The ministry and KFRA officials met on Friday.", "KFRA")]
    public void An_acronym_after_a_lower_case_word_and_and_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);

    [Theory]
    [InlineData("CLAIM: The rolls hold a million dead voters.\n\nTHE FACTS: The claim spread widely this week.\n\nWHAT'S NEXT: The board meets on Friday.")]
    public void A_label_in_capitals_opening_a_line_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("The claim spread widely. Officials at the KFRA: a body few have heard of.", "KFRA")]
    [InlineData("Ministers blamed one agency, the KFRA: its chief resigned.", "KFRA")]
    public void An_acronym_before_a_colon_inside_a_sentence_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);

    [Theory]
    [InlineData("\"We want peace,\" the minister told the state broadcaster, NTV.")]
    [InlineData("The ceasefire was announced by the country's news agency, SUNA.")]
    public void A_body_named_at_the_end_of_a_sentence_after_its_description_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("The minister spoke to reporters in Nairobi, KTN.", "KTN")]
    [InlineData("In Paris, NTV.", "NTV")]
    public void An_acronym_ending_a_sentence_after_a_place_or_proper_name_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);

    [Theory]
    [InlineData("The rocket lifted off at 7:15 p.m. EDT from the launch site on Friday.")]
    [InlineData("The market opened at 0930 JST and the yen was steady.")]
    [InlineData("The talks resumed at 14:30 CEST on Thursday.")]
    public void A_time_zone_after_a_clock_time_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("The rocket carried 12 NRO satellites into orbit on Friday.", "NRO")]
    [InlineData("At 7:15 p.m. the crowd left. CDT staff stayed behind.", "CDT")]
    [InlineData("In 2024 KFRA officials raided the port.", "KFRA")]
    public void An_acronym_after_a_number_or_a_time_in_another_sentence_is_still_reported(string text, string acronym) =>
        Assert.Contains(RuleHarness.Lint(text, "CL2004"), d => text[d.Span.Start..d.Span.End] == acronym);
}
