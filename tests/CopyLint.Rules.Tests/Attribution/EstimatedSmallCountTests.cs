namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on a count under the minimum that the copy itself calls an estimate; other small counts stay below it.</summary>
public sealed class EstimatedSmallCountTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("An estimated 80 residents evacuated from the block as thick smoke filled the corridors.", "An estimated 80")]
    [InlineData("The storm damaged an estimated 40 homes along the coast.", "an estimated 40")]
    public void A_small_count_called_an_estimate_is_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));

    [Theory]
    [InlineData("An estimated 80 residents evacuated from the block, the civil defence force said.")]
    [InlineData("About 80 residents evacuated from the block as thick smoke filled the corridors.")]
    [InlineData("The district lost 11 teachers last year to neighbouring districts.")]
    public void A_sourced_estimate_or_a_small_count_not_called_one_is_left_alone(string text) => Assert.Empty(Flagged(text));
}
