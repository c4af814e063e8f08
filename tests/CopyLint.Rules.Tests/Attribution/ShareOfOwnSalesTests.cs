namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a share of a company's own sales given with their sum ("about a third of its $48 billion in revenue"),
/// the reporter's arithmetic on published accounts; beside it, a share of a sum that is no sales of its own.
/// </summary>
public sealed class ShareOfOwnSalesTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Brightwater faces the loss of exclusivity on two drugs before 2030, which together accounted for about a third of its $48 billion in revenue last year.")]
    [InlineData("The two brands made up nearly half of their $3.2bn in sales in 2025.")]
    public void A_share_of_a_company_s_own_sales_is_left_alone(string text) => Assert.Empty(Flagged(text));

    [Theory]
    [InlineData("The floods caused about a third of the $48 billion in damage last year.", "about a third")]
    [InlineData("Brightwater faces the loss of exclusivity on two drugs, which together could cost about a third of its $48 billion in value.", "about a third")]
    public void A_share_of_a_sum_that_is_no_sales_of_its_own_is_still_reported(string text, string figure) => Assert.Equal([figure], Flagged(text));
}
