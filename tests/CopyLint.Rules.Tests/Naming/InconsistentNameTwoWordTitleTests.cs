namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2001 after a two-word title ("Secretary General"): its second word is no part of the name it stands before.</summary>
public sealed class InconsistentNameTwoWordTitleTests
{
    private static int Count(string text) => RuleHarness.Lint(text, "CL2001").Count;

    private const string Later = "\n\nMirza Fakhrul Islam Alomgir later told reporters the party would submit its list.";

    [Theory]
    [InlineData("Rally in Dhaka\n\nBNP Secretary General Mirza Fakhrul Islam Alamgir, addressing the rally, said the party would not accept any delay." + Later)]
    [InlineData("Rally in Dhaka\n\nMirza Fakhrul Islam Alamgir, addressing the rally, said the party would not accept any delay." + Later)]
    public void A_misspelt_name_after_a_two_word_title_is_reported(string text) => Assert.Equal(1, Count(text));

    [Fact]
    public void The_same_name_after_a_two_word_title_is_left_alone() =>
        Assert.Equal(0, Count("Rally in Dhaka\n\nBNP Secretary General Mirza Fakhrul Islam Alamgir addressed the rally.\n\nMirza Fakhrul Islam Alamgir later told reporters the party would submit its list."));
}
