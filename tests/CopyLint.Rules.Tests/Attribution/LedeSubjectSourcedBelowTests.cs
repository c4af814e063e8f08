namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on a lede whose subject is a named body that the next paragraph gives as the source of its finding.</summary>
public sealed class LedeSubjectSourcedBelowTests
{
    private const string Lede = "The Data Protection Commission has fined a Dublin-based ticketing company €3.2 million after the personal details "
        + "of more than 600,000 customers were exposed in a cyberattack two years ago.";

    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_lede_figure_of_the_body_the_next_paragraph_sources_is_left_alone() =>
        Assert.Empty(Flagged($"Headline\n\n{Lede}\n\nIn a decision published on Thursday, the commission found that the company had failed to protect the data.\n"));

    [Theory]
    [InlineData("In a statement on Thursday, the company said it would appeal against the decision.")]
    [InlineData("Customers were told of the breach five weeks after it was found.")]
    public void A_lede_figure_with_no_word_from_that_body_below_is_still_reported(string below) =>
        Assert.Equal(["more than 600,000"], Flagged($"Headline\n\n{Lede}\n\n{below}\n"));
}
