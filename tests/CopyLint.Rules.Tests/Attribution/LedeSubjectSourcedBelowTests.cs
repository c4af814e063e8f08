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

    private const string CompanyLede = "Cue Biopharma is laying off about 30% of its workforce and shelving its lead oncology asset as the Boston biotech pivots toward autoimmune disease.";

    [Fact]
    public void A_lede_figure_of_the_company_the_next_paragraph_has_disclose_it_is_left_alone() =>
        Assert.Empty(Flagged($"Headline\n\n{CompanyLede}\n\nThe company disclosed the layoffs in a securities filing on Monday, saying the reduction would affect roughly 15 employees.\n"));

    [Theory]
    [InlineData("The agency said in a statement on Monday that it would review the cuts.")]
    [InlineData("The layoffs come as investors remain choosy about funding early-stage companies.")]
    public void A_lede_figure_with_no_word_from_that_company_below_is_still_reported(string below) =>
        Assert.Equal(["about 30%"], Flagged($"Headline\n\n{CompanyLede}\n\n{below}\n"));

    private const string FundLede = "ISLAMABAD: The International Monetary Fund (IMF) has reached a staff-level agreement with Pakistan on the second "
        + "review of its $7 billion Extended Fund Facility (EFF), which will unlock about $1 billion once approved by the Fund's executive board.";

    [Theory]
    [InlineData("In a statement issued late on Tuesday, IMF mission chief Iva Petrova said Pakistan had made progress in restoring stability.")]
    [InlineData("On Wednesday, IMF spokesperson Julie Kozack told reporters that the board would meet next month.")]
    public void A_lede_figure_of_the_body_whose_titled_speaker_the_next_paragraph_quotes_is_left_alone(string below) =>
        Assert.Empty(Flagged($"Headline\n\n{FundLede}\n\n{below}\n"));

    [Theory]
    [InlineData("In a statement issued late on Tuesday, Finance Minister Muhammad Aurangzeb said Pakistan had made progress.")]
    [InlineData("Analysts said the IMF programme had helped restore stability.")]
    public void A_lede_figure_whose_body_no_speaker_below_speaks_for_is_still_reported(string below) =>
        Assert.Equal(["about $1 billion"], Flagged($"Headline\n\n{FundLede}\n\n{below}\n"));
}
