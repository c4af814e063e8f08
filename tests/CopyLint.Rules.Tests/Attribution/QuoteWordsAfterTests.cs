namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a quotation whose source follows it in the same sentence as a possessive's words ("in the church's
/// words", "as the union puts it"), beside "in other words", which names nobody.
/// </summary>
public sealed class QuoteWordsAfterTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Groups then walked through the sealing rooms, where couples are married \"for time and all eternity,\" in the church's words.")]
    [InlineData("The stoppage is a response to what is, as the union puts it, \"a decade of managed decline in our hospitals.\"")]
    public void Words_a_possessive_owns_after_the_quote_are_a_speaker(string text) => Assert.Equal(0, Quotes(text));

    [Fact]
    public void In_other_words_is_still_no_speaker() =>
        Assert.Equal(1, Quotes("Groups then walked through the sealing rooms, where couples are married \"for time and all eternity,\" in other words for ever."));
}
