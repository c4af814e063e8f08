namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001's background test takes the latest year a story names for its present: a debt's maturity lies ahead of the
/// story, so it must not turn a target "by 2030" into history; a year the story itself reaches still does.
/// </summary>
public sealed class MaturityYearTests
{
    private const string Target = "Across the sector, water companies will need to raise more than £40 billion of new debt by 2030.\n\nThe company said it would publish its plan in the spring.\n\n";

    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The company's last bond sale, in 2023, was a £300 million issue maturing in 2035.")]
    [InlineData("Its last sale was of notes due 2036.")]
    [InlineData("Its longest bond matures in 2040.")]
    public void A_target_year_before_a_debt_s_maturity_is_still_a_claim(string last) =>
        Assert.Contains("more than £40 billion", Figures(Target + last + "\n"));

    [Theory]
    [InlineData("The regulator's review of the plans runs to 2035.")]
    public void A_target_year_three_years_before_the_story_s_latest_is_background(string last) =>
        Assert.DoesNotContain("more than £40 billion", Figures(Target + last + "\n"));
}
