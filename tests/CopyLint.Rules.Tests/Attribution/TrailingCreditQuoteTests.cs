namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a column of quotes whose paragraphs each end with the speaker's credit after the quotation, with no verb,
/// beside a lone quotation with a name after it and a run of quotations followed by prose, which stay reported.
/// </summary>
public sealed class TrailingCreditQuoteTests
{
    [Theory]
    [InlineData("Quotes of the weekend\n\n\"A draw feels like a loss tonight. We had the last centre pass and we did not score.\" Lightning coach Belinda Reynolds-Marsh.\n\n\"Nine wins from ten. We will take that.\" Manchester Thunder head coach Karen Atherton-Shaw.")]
    [InlineData("Quotes of the weekend\n\n\"It is the best we have shot all year, and it needed to be.\" Fever goal shooter Amara Ndlovu-Price after her 55 from 58 against the Thunderbirds.\n\n\"Nine wins from ten. We will take that.\" Manchester Thunder head coach Karen Atherton-Shaw.")]
    public void A_run_of_quotations_each_with_a_trailing_credit_names_its_speakers(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    // One quotation paragraph with a name after it, between paragraphs of prose.
    [InlineData("The Thunder won again on Saturday.\n\n\"Nine wins from ten. We will take that.\" Manchester Thunder head coach Karen Atherton-Shaw.\n\nThe league resumes next week.", 1)]
    // A run of quotations, each followed by prose that names no one.
    [InlineData("The Thunder won again.\n\n\"Nine wins from ten. We will take that.\" The crowd was loud.\n\n\"A draw feels like a loss tonight. We did not score.\" The rain came late.", 2)]
    public void A_quotation_with_no_credit_in_a_run_is_still_reported(string text, int count) =>
        Assert.Equal(count, RuleHarness.Lint(text, "CL3003").Count);
}
