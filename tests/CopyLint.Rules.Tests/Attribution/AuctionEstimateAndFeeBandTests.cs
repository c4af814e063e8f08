namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on saleroom copy: a lot's published estimate, a hammer price after "and" beside the estimate, a
/// buyer's premium band that says it includes VAT, and a fronted band of a market; beside each, the hedged or unsourced
/// figure of the same shape that is still reported.
/// </summary>
public sealed class AuctionEstimateAndFeeBandTests
{
    private static string[] Figures(string text, string id) => [.. RuleHarness.Lint(text, id).Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The painting had been estimated at €400,000 to €600,000 in the Old Masters sale at Veldhuis Auctioneers on 9 December.")]
    [InlineData("The print was estimated at £6,000 to £9,000 before a contest between two telephone bidders.")]
    public void A_lot_s_estimate_in_a_sentence_of_the_saleroom_is_of_record(string text) => Assert.Empty(Figures(text, "CL3002"));

    [Theory]
    [InlineData("The damage to the painting had been estimated at €400,000 to €600,000 by 9 December.", "€600,000")]
    [InlineData("The print was estimated at £6,000 to £9,000 before a contest between two neighbours.", "£6,000")]
    public void An_estimated_range_outside_the_saleroom_is_still_hedged(string text, string figure) => Assert.Contains(figure, Figures(text, "CL3002"));

    [Theory]
    [InlineData("It was estimated at £6,000 to £9,000 and hammered at £30,000 after a contest between two telephone bidders.")]
    [InlineData("The farmhouse was estimated at £600,000 and sold for £750,000 in March.")]
    public void A_passive_hedges_its_own_figure_not_one_after_and_a_verb_of_its_own(string text) =>
        Assert.DoesNotContain(Figures(text, "CL3002"), f => f is "£30,000" or "£750,000");

    [Theory]
    [InlineData("The farmhouse was estimated at £600,000 and about £750,000 with its land.", "about £750,000")]
    [InlineData("It is estimated that the farmhouse sold for £600,000 and fetched about £750,000 with its land.", "about £750,000")]
    public void A_figure_after_and_with_no_verb_of_its_own_or_a_framing_hedge_is_still_hedged(string text, string figure) =>
        Assert.Contains(figure, Figures(text, "CL3002"));

    [Theory]
    [InlineData("The buyer's premium at Roussel & Associés is 30% including VAT up to €1m and 25% above that.")]
    [InlineData("For smaller sellers the picture is different. Below about $1m, guarantees remain rare.")]
    public void A_fee_band_or_a_band_of_the_market_is_no_claim(string text) => Assert.Empty(Figures(text, "CL3001"));

    [Theory]
    [InlineData("The buyer's premium at Roussel & Associés rose sharply, including VAT, up to about €1m a year.", "about €1m")]
    [InlineData("For smaller sellers the picture is different. Guarantees below about $1m rose to about $40m, a record.", "about $40m")]
    public void A_sum_with_no_rate_before_it_or_a_band_s_total_is_still_a_claim(string text, string figure) =>
        Assert.Contains(figure, Figures(text, "CL3001"));
}
