namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a show's class or award named by a quotation in lower case between an article and "class", "award" or
/// "prize": the quotation modifies the noun and is a name, not speech; the same words standing as a sentence stay reported.
/// </summary>
public sealed class QuotedClassNameTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Pip, owned by Mrs Yvonne Garland, won the \"dog the judge would most like to take home\" class before beating 11 other class winners.")]
    [InlineData("Bramble took the \"most appealing eyes in the whole of the ring\" award for the second year running.")]
    public void A_quotation_naming_a_class_or_award_is_not_reported(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("Pip won the class. \"She is the dog the judge would most like to take home today.\"")]
    [InlineData("Pip won the \"dog the judge would most like to take home\" and went on to the final.")]
    public void The_same_words_as_speech_or_with_no_class_after_them_are_still_reported(string text) => Assert.Equal(1, Quotes(text));
}
