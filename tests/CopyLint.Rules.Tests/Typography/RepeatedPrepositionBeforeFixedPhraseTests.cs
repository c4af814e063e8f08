namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5001 on a preposition before a fixed phrase that opens with the same word ("devices at at least two carriers");
/// beside it, the same double before any other word, which stays a slip.
/// </summary>
public sealed class RepeatedPrepositionBeforeFixedPhraseTests
{
    private static string[] Repeats(string text) => [.. RuleHarness.Lint(text, "CL5001").Select(d => d.Message)];

    [Theory]
    [InlineData("The hackers had been detected in recent weeks moving between network devices at at least two carriers.")]
    [InlineData("The shares were offered at at most half their listed price, the filing showed.")]
    public void A_preposition_before_at_least_or_at_most_is_not_reported(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("The officials met at at the ministry on Tuesday.")]
    [InlineData("The hackers were seen at at two carriers.")]
    public void The_same_double_before_any_other_word_is_still_reported(string text) => Assert.Equal(["'at' is repeated"], Repeats(text));
}
