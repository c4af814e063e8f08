namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on the figures of personal-finance and buying-guide copy that are rules, prices or the writer's arithmetic: a
/// bound a rule requires after "must", the edges of a table of tax bands, a price range in a price list, what goods can
/// be bought for, a share set after a comma as what the figure before comes to, the outcome of a worked example and a
/// limit set in an instruction; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class ConsumerGuideFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Under auto-enrolment, employers must put eligible workers into a pension scheme and contribute at least 3 per cent of their qualifying earnings.")]
    [InlineData("For a home buyer who already owns a property, the rates are 2 per cent on the portion from £125,001 to £250,000, 5 per cent up to £925,000, 10 per cent up to £1.5 million and 12 per cent above that.")]
    [InlineData("Rigid, ready-assembled units from a trade supplier cost £4,000 to £8,000.")]
    [InlineData("A basic set of oven, hob, extractor, fridge freezer, dishwasher and washing machine can be bought for about £2,000.")]
    [InlineData("They have £42,000 saved, about 12 per cent of the price of the flats they are looking at.")]
    [InlineData("A borrower with £4,000 on a card charging 24.9 per cent would pay about £1,000 in interest over a year.")]
    [InlineData("Take out no more than a fifth of the canopy in one winter.")]
    public void A_rule_a_price_list_or_the_writer_s_own_arithmetic_is_no_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Employers contributed at least 3 per cent of their workers' earnings last year.", "at least 3 per cent")]
    [InlineData("The new levy will raise up to £1.5 million a year for the council.", "up to £1.5 million")]
    [InlineData("The kitchen was bought for about £2,000 from a neighbour.", "about £2,000")]
    [InlineData("Many families have left, about 12 per cent of the town's population.", "about 12 per cent")]
    [InlineData("A borrower with £4,000 on a card paid about £1,000 in interest over a year.", "about £1,000")]
    [InlineData("Gardeners took out no more than a fifth of the trees in the orchard.", "more than a fifth")]
    public void The_same_figures_as_a_count_a_sale_or_a_case_are_still_claims(string text, string figure) => Assert.Contains(figure, Figures(text));
}
