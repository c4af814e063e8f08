namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5001 on a word before a name joined by an ampersand that opens with the same letters ("at AT&amp;T Stadium");
/// beside it, a real double before such a name, which stays a slip.
/// </summary>
public sealed class RepeatedWordBeforeAmpersandNameTests
{
    private static string[] Repeats(string text) => [.. RuleHarness.Lint(text, "CL5001").Select(d => d.Message)];

    [Theory]
    [InlineData("The Cowboys host Cincinnati on Thursday night at AT&T Stadium.")]
    [InlineData("Fans gathered at AT&T Park two hours before the first pitch.")]
    public void A_word_before_an_ampersand_name_is_not_reported(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("The Cowboys host Cincinnati on Thursday night at at AT&T Stadium.")]
    [InlineData("The Cowboys will play at at Arlington on Thursday.")]
    public void A_real_double_before_it_is_still_reported(string text) => Assert.Equal(["'at' is repeated"], Repeats(text));
}
