namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5002 on a pasted tail: a fragment opening in lower case after a full stop that repeats the words ending the sentence
/// before; beside it, a new sentence that takes the same words up in capitals, and a lower-case fragment that repeats
/// nothing, both left alone.
/// </summary>
public sealed class RepeatedTailFragmentTests
{
    private static string Fixed(string text)
    {
        var edit = Assert.Single(Assert.Single(RuleHarness.Lint(text, "CL5002")).Fixes.Single().Edits);
        return text.Remove(edit.Span.Start, edit.Span.Length);
    }

    [Theory]
    [InlineData("Uptake of the first dose fell to 88.1%, down from 88.9% the year before. down from 88.9% the year before. Officials said more clinics would open.",
        "Uptake of the first dose fell to 88.1%, down from 88.9% the year before. Officials said more clinics would open.")]
    [InlineData("The home must make the improvements by 31 January. by 31 January.", "The home must make the improvements by 31 January.")]
    public void A_lower_case_fragment_repeating_the_tail_of_the_sentence_before_is_reported(string text, string expected) =>
        Assert.Equal(expected, Fixed(text));

    [Theory]
    [InlineData("The home must make the improvements by 31 January. By 31 January the inspectors will return.")]
    [InlineData("The app is sold on eBay and Amazon. eBay and Amazon did not comment.")]
    [InlineData("Uptake fell to 88.1%, down from 88.9% the year before. iPhone users were sent reminders.")]
    public void A_new_sentence_or_a_fragment_repeating_nothing_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL5002"));
}
