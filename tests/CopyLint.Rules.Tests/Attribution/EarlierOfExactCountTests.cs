namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 leaves the rounded earlier value of an exact count ("380 students, down from more than 600") alone.</summary>
public sealed class EarlierOfExactCountTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("At the time, the school had 380 students, down from more than 600 a decade earlier.")]
    [InlineData("The town had 2,380 residents at the census, down from more than 3,000 a decade earlier.")]
    public void The_earlier_value_of_an_exact_count_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("At the time, the school had about 380 students, down from more than 600 a decade earlier.", new[] { "about 380", "more than 600" })]
    [InlineData("The school now has more than 600 students, up from about 400 in 2019.", new[] { "more than 600", "about 400" })]
    public void The_earlier_value_of_a_rough_count_is_still_reported(string text, string[] figures) => Assert.Equal(figures, Flagged(text));
}
