namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2002 on Chinese family names beyond the commonest few ("Guan", "Cui", "Xue"), with a reduplicated given name ("Yingying").</summary>
public sealed class FamilyNameFirstChineseSurnameTests
{
    private static string[] Wrong(string text) => [.. RuleHarness.Lint(text, "CL2002").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Team = "China's women's hockey team eyes return\n\nThe team is led by captain Guan Yingying, 28, who played professionally in North America.\n\n";

    [Theory]
    [InlineData(Team + "Yingying said the team had spent the summer training in Harbin.")]
    [InlineData("Swimmer sets Asian record\n\nCui Junhui won the 200m freestyle in Hangzhou on Sunday.\n\nJunhui said she had not expected the time.")]
    [InlineData("Swimmer sets Asian record\n\nPan Zhanle won the 100m freestyle in Hangzhou on Sunday.\n\nZhanle said he had not expected the time.")]
    public void The_given_name_alone_after_a_chinese_family_name_is_reported(string text) => Assert.Single(Wrong(text));

    [Theory]
    [InlineData(Team + "Guan said the team had spent the summer training in Harbin.")]
    [InlineData(Team + "\"Yingying is our leader,\" said forward Kang Xin.")]
    public void The_family_name_or_the_given_name_in_a_quote_is_left_alone(string text) => Assert.Empty(Wrong(text));
}
