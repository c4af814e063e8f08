namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on tax, audit and crypto copy: the rows of a dated calendar under a sourced paragraph, a bound on a measure that
/// draws a rule's band ("landlords with qualifying income of more than £50,000"), a bound defining "those that" do one
/// thing, an interview under an "Interview:" headline, and (CL3003) a quotation after a share alone as a survey's
/// speaker; each beside the nearest shape that is still reported.
/// </summary>
public sealed class DatedCalendarMeasureBandAndInterviewLabelTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    private const string Rows = "\n\nDec. 1: Sui (SUI). 44 million tokens, worth about $128 million, to early contributors.\n\n"
        + "Dec. 5: Aptos (APT). 11.3 million tokens, about $97 million, to the foundation and core contributors.\n";

    [Fact]
    public void The_rows_of_a_calendar_take_the_source_of_the_paragraph_above() =>
        Assert.Empty(Figures("Token unlocks to watch in December\n\nLarge token releases are due in December, according to data from the tracking service Tokenomist. "
            + "The biggest are listed below." + Rows));

    [Fact]
    public void A_row_dated_with_its_weekday_is_a_row_of_the_calendar_too() =>
        Assert.Empty(Figures("Token unlocks to watch in December\n\nLarge token releases are due in December, according to data from the tracking service Tokenomist.\n\n"
            + "Dec. 1: Sui (SUI). 44 million tokens, worth about $128 million, to early contributors.\n\n"
            + "Sunday, Dec. 6: Aptos (APT). 11.3 million tokens, about $97 million, to the foundation.\n\n"
            + "Dec. 12: Arbitrum (ARB). 92.6 million tokens, about $58 million, to the team.\n"));

    [Fact]
    public void The_rows_of_a_calendar_under_an_unsourced_paragraph_are_still_reported() =>
        Assert.Contains("about $97 million", Figures("Token unlocks to watch in December\n\nLarge token releases are due in December. The biggest are listed below." + Rows));

    [Fact]
    public void One_dated_paragraph_is_no_calendar_and_is_still_reported() =>
        Assert.Contains("about $128 million", Figures("Token unlocks to watch in December\n\nLarge token releases are due in December, the tracking service Tokenomist said.\n\n"
            + "Dec. 1: Sui (SUI). 44 million tokens, worth about $128 million, to early contributors.\n\nTraders expect some selling.\n"));

    [Theory]
    [InlineData("From 6 April 2026, sole traders and landlords with qualifying income of more than £50,000 were brought into Making Tax Digital.")]
    [InlineData("The rules apply to companies with turnover of over £10m.")]
    [InlineData("For the largest U.S. firms, those that audit more than 100 issuers, the rate was 26%.")]
    public void A_band_a_rule_applies_to_or_a_defined_group_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The landlord, with income of more than £50,000, was fined.", "more than £50,000")]
    [InlineData("Sole traders and landlords earned more than £50,000 last year.", "more than £50,000")]
    [InlineData("The largest U.S. firms audit more than 100 issuers.", "more than 100")]
    public void A_company_s_own_size_or_a_count_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    private const string Interview = "\n\nYuki Hashimoto became chief compliance officer of the exchange in 2023. She spoke about licensing.\n\n"
        + "How has the job changed since you joined?\n\n\"When I arrived, compliance was seen as a cost. Now our licences bring clients to us.\"\n\n"
        + "How large is your team?\n\n\"Eighty-two people, out of about 310 in the company. We were 20 when I joined.\"\n";

    [Fact]
    public void An_answer_under_an_interview_labelled_headline_is_the_interviewee_s() =>
        Assert.Empty(Figures("Interview: \"Compliance is the product now\"" + Interview));

    [Fact]
    public void The_same_answers_without_the_label_are_still_reported() =>
        Assert.Contains("about 310", Figures("Compliance is the product now" + Interview));

    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Fact]
    public void A_share_alone_as_a_survey_s_speaker_credits_no_quotation() =>
        Assert.Equal(1, Quotes("The survey also asked about risks. Sixty-two per cent said they were worried about client data.\n\n"
            + "\"Firms that ignore this will lose their best people within two years.\""));

    [Fact]
    public void A_named_speaker_before_the_quotation_still_speaks() =>
        Assert.Equal(0, Quotes("The survey also asked about risks. Its author, Helen Marsh, said they were worried about client data.\n\n"
            + "\"Firms that ignore this will lose their best people within two years.\""));
}
