namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a company's background line: the counts a subject operates, runs or employs, and every count the same line
/// adds to them or breaks them into ("about 4,600 stores in the US and more than 10,000 worldwide"); beside them, a
/// claim the line goes on to that is no part of the estate, which stays reported.
/// </summary>
public sealed class CompanyEstateLineTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Walmart operates about 4,600 stores in the US and more than 10,000 worldwide.")]
    [InlineData("The Co-op runs about 2,300 food stores, including more than 800 in rural or remote areas.")]
    [InlineData("The company operates about 85,000 7-Eleven stores worldwide, including about 21,000 in Japan and around 13,000 in North America.")]
    [InlineData("Next employs about 40,000 people and operates about 460 stores in the UK and Ireland.")]
    [InlineData("Pets at Home runs about 460 stores in the UK and more than 450 vet practices, many of them inside its stores.")]
    [InlineData("The publisher, owned by US group Gannett, employs about 2,000 journalists across more than 200 titles in the UK.")]
    public void The_counts_of_a_company_background_line_are_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("Walmart operates about 4,600 stores in the US and cut more than 9,000 jobs last year.", "more than 9,000")]
    [InlineData("Next employs about 40,000 people and closed about 40 stores last year.", "about 40,000")]
    [InlineData("The publisher, owned by US group Gannett, cut about 2,000 jobs across more than 200 titles in the UK.", "about 2,000")]
    public void A_claim_the_line_goes_on_to_is_still_reported(string text, string figure) => Assert.Contains(figure, Flagged(text));
}
