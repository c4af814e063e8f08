namespace CopyLint.Rules.Tests.Typography;

/// <summary>CL5001 on a verb before a name that opens with the same word ("said Said Al Hajri"), and the slips beside it.</summary>
public sealed class RepeatedWordBeforeNameTests
{
    private static int Reports(string text) => RuleHarness.Lint(text, ["CL5001"]).Count();

    [Theory]
    [InlineData("\"The water came down the wadi like a wall,\" said Said Al Hajri, who helped pull a family from a truck.")]
    [InlineData("\"We will rebuild,\" said Said Al-Hajri, a fisherman in Sur.")]
    public void A_word_before_a_name_that_opens_with_it_is_left_alone(string text) => Assert.Equal(0, Reports(text));

    [Theory]
    [InlineData("\"The water came down the wadi like a wall,\" said said Al Hajri, who helped pull a family from a truck.")]
    [InlineData("Readers of the The Guardian report were surprised.")]
    public void A_repeat_that_opens_no_name_or_a_function_word_is_still_reported(string text) => Assert.Equal(1, Reports(text));
}
