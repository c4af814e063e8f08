namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a figure the copy calls estimated straight after a sentence whose rounded figure of the same kind has a firm
/// source ("About 1.23 million people died of TB in 2024, the WHO said …. An estimated 10.7 million people fell ill"):
/// the source's estimates go on. A figure of another kind, or an exact one, before it still leaves it unsourced.
/// </summary>
public sealed class EstimateAfterRoundedSourcedFigureTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001", "CL3002").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void An_estimate_after_a_rounded_sourced_figure_of_its_kind_is_left_alone() =>
        Assert.Empty(Flagged("About 1.23 million people died of TB in 2024, down from 1.25 million the year before, the WHO said in its annual Global Tuberculosis Report. An estimated 10.7 million people fell ill with the disease."));

    [Theory]
    [InlineData("The storm caused about $2 billion in damage, according to the insurers' association. An estimated 4,000 homes were destroyed.", "An estimated 4,000")]
    [InlineData("Exactly 1,230,412 people died of TB in 2024, the WHO said in its annual Global Tuberculosis Report. An estimated 10.7 million people fell ill with the disease.", "An estimated 10.7 million")]
    public void An_estimate_after_another_kind_or_an_exact_figure_is_still_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));
}
