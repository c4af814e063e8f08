namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a reaction roundup's speaker label set in bold on a line of its own ("**Name, title, firm:**") over the
/// quotation it credits; beside it, a bold label naming no one, which credits nothing.
/// </summary>
public sealed class BoldSpeakerLabelQuoteTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Here is what analysts said.\n\n**Seema Shah, chief global strategist, Principal Asset Management:**\n\n\"Powell has pushed back against market complacency about December. This is a committee that is genuinely split.\"")]
    [InlineData("Here is what analysts said.\n\n**Michael Feroli, chief U.S. economist, JPMorgan:**\n\n\"We still think the labor market data will be soft enough to justify a cut in December.\"")]
    public void A_quotation_under_a_bold_label_naming_its_speaker_is_not_reported(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Here is what analysts said.\n\n**Market reaction:**\n\n\"Powell has pushed back against market complacency about December. This is a committee that is genuinely split.\"")]
    [InlineData("Here is what analysts said.\n\n**Seema Shah**\n\n\"Powell has pushed back against market complacency about December. This is a committee that is genuinely split.\"")]
    public void A_quotation_under_a_bold_line_that_is_no_speaker_label_is_still_reported(string text) => Assert.Equal(1, Quotes(text));
}
