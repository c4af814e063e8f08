namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3003 on a quotation standing alone as its paragraph that the next paragraph credits as it opens ("That is how …
/// describes", "Those were the words of …"), as features begin; a next paragraph that names someone without pointing
/// back leaves the quotation without a speaker.
/// </summary>
public sealed class BackReferenceQuoteTests
{
    private static int Quotes(string text) => RuleHarness.Lint(text, "CL3003").Count;

    [Theory]
    [InlineData("Floods swept through the region last week.\n\n\"We lost everything.\"\n\nThat is how Mary Okafor, a 54-year-old cassava farmer in Anambra State, describes the week the river came into her fields.")]
    [InlineData("Floods swept through the region last week.\n\n\"We lost everything we had built over thirty years.\"\n\nThat's how Mary Okafor remembers the flood.")]
    [InlineData("Floods swept through the region last week.\n\n\"Nobody came to help us for three days.\"\n\nThose were the words of a fisherman in Beira, where the cyclone struck.")]
    public void A_quotation_the_next_paragraph_credits_back_is_not_reported(string text) => Assert.Equal(0, Quotes(text));

    [Theory]
    [InlineData("The storm brought down trees across the town on Monday.\n\n\"We lost everything.\"\n\nResident Tom Hale said the wind tore the roof from his shed.")]
    [InlineData("The storm brought down trees across the town on Monday.\n\n\"We lost everything we had built.\"\n\nOfficials said that is how many residents felt.")]
    public void A_quotation_no_next_paragraph_points_back_to_is_still_reported(string text) => Assert.Equal(1, Quotes(text));
}
