namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on the law's term for a category a body must register as or is designated as: the quotation is the bill's
/// wording, not anyone's speech; the same words as the object of a verb that is not a category's stays reported.
/// </summary>
public sealed class LegalCategoryQuoteTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("The bill would require media outlets that receive foreign funding to register as \"organizations pursuing the interests of a foreign power.\"")]
    [InlineData("Last year the group was designated as \"an organisation pursuing the interests of a foreign power\" by the ministry.")]
    public void A_category_after_register_as_or_designated_as_is_not_reported(string text) => Assert.Equal(0, Quotes(text));

    [Fact]
    public void The_same_words_after_another_verb_are_still_reported() =>
        Assert.Equal(1, Quotes("They were told to be \"organizations pursuing the interests of a foreign power.\""));
}
