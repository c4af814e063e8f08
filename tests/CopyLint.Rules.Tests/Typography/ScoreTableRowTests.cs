namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5002 on a score table's row, figures only, which repeat by nature ("7 0 7 0"), beside a doubled phrase that holds
/// a word, which stays reported.
/// </summary>
public sealed class ScoreTableRowTests
{
    private static string[] Repeats(string text) =>
        [.. RuleHarness.Lint(text, "CL5002").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("St. Adalbert beat Hollis-Brookline 21-14 on Friday.\n\nSt. Adalbert 0 14 0 7 — 21\nHollis-Brookline 7 0 7 0 — 14")]
    [InlineData("Millbrook won 3-2.\n\nMillbrook 1 0 1 0 1 — 3")]
    public void A_row_of_figures_is_not_a_repeat(string text) => Assert.Empty(Repeats(text));

    [Theory]
    [InlineData("The team last won the title in 2019 in 2019 and again in 2021.")]
    [InlineData("He scored 7 points 7 points in the final quarter.")]
    public void A_doubled_phrase_with_a_word_is_still_reported(string text) => Assert.NotEmpty(Repeats(text));
}
