namespace CopyLint.Rules.Tests.Typography;

/// <summary>
/// CL5002 on a doubled dateline whose place is hyphenated and set in capitals ("HENLEY-ON-THAMES — HENLEY-ON-THAMES —"),
/// beside the same place in title case taken up by prose, which is not a dateline's repeat.
/// </summary>
public sealed class HyphenatedPlaceDatelineTests
{
    private static string[] Repeats(string text) =>
        [.. RuleHarness.Lint(text, "CL5002").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("HENLEY-ON-THAMES — HENLEY-ON-THAMES — A Dutch eight won the Grand Challenge Cup on Sunday.")]
    [InlineData("STOCKTON-ON-TEES - STOCKTON-ON-TEES - The council approved the plan on Tuesday.")]
    public void A_hyphenated_place_in_capitals_written_twice_is_reported(string text) => Assert.NotEmpty(Repeats(text));

    [Fact]
    public void A_hyphenated_place_in_title_case_taken_up_again_is_not() =>
        Assert.Empty(Repeats("Henley-on-Thames — Henley-on-Thames — was all the sign said."));
}
