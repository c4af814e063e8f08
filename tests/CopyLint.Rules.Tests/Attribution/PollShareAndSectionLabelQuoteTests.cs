namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a quotation whose only candidate speaker cannot speak it: a share of a poll's sample in the paragraph before
/// ("Thirty-eight percent of respondents said"), or the verb of a bold section label ("**What they're saying:**"); beside
/// each, the named speaker that still credits it.
/// </summary>
public sealed class PollShareAndSectionLabelQuoteTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Thirty-eight percent of respondents said tariffs had made their own finances worse.\n\n\"It's a tax. People know it's a tax.\"")]
    [InlineData("About 38% of voters said the economy was their top issue.\n\n\"I can't afford groceries anymore, and nobody in Washington cares.\"")]
    [InlineData("**What they're saying:** \"Democrats want to talk about 2024. We're going to talk about your grocery bill.\"")]
    public void A_poll_share_or_a_section_label_names_no_speaker(string text) => Assert.Equal(1, Quotes(text));

    [Theory]
    [InlineData("Pollster Lee Miringoff said 38% of respondents thought tariffs had hurt them.\n\n\"It's a tax. People know it's a tax.\"")]
    [InlineData("**What they're saying:** \"Democrats want to talk about 2024. We're going to talk about your grocery bill,\" NRCC chair Richard Hudson said.")]
    [InlineData("**What they're saying:** NRCC chair Richard Hudson told Axios: \"Democrats want to talk about 2024. We're going to talk about your grocery bill.\"")]
    public void A_named_speaker_beside_them_still_speaks(string text) => Assert.Equal(0, Quotes(text));
}
