namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a second quotation in a paragraph whose first is credited, after the reporter's words name that speaker
/// again; beside it, the same paragraph naming someone else between the quotations, which credits nobody.
/// </summary>
public sealed class QuoteAfterSpeakerNamedAgainTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Fact]
    public void A_quotation_after_the_speaker_is_named_again_is_credited() =>
        Assert.Equal(0, Quotes("\"People don't understand how hard it is,\" manager Dan Wilson said. Wilson would know; he caught in the majors for 14 seasons. \"I never came close to what he's doing. Nobody has.\""));

    [Theory]
    [InlineData("\"People don't understand how hard it is,\" manager Dan Wilson said. Raleigh would know; he has caught 121 games this season. \"I never came close to what he's doing. Nobody has.\"")]
    [InlineData("\"People don't understand how hard it is,\" manager Dan Wilson said. The catcher has started 121 games this season. \"I never came close to what he's doing. Nobody has.\"")]
    public void A_quotation_after_someone_else_or_no_one_is_named_is_still_reported(string text) => Assert.Equal(1, Quotes(text));
}
