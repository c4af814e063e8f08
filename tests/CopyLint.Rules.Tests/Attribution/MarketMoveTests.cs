namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on a sentence that is market data itself: its percentage moves are figures of record.</summary>
public sealed class MarketMoveTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Gold rose about 1% to $4,100 an ounce.")]
    [InlineData("Shares in the company, which have risen nearly 90% this year, fell 2%.")]
    [InlineData("The pound has fallen more than 5% against the dollar since June.")]
    [InlineData("Infineon shares had risen about 20% this year before Tuesday's fall, helped by demand from carmakers. The results weighed on other chip stocks in Europe, with STMicroelectronics and Nordic Semiconductor both falling more than 3%.")]
    [InlineData("Both benchmarks fell by about 2% in November, their fourth consecutive monthly decline.")]
    [InlineData("Banks were the best-performing sector, with Deutsche Bank AG and Société Générale SA each gaining more than 3%.")]
    public void A_move_in_a_sentence_of_market_data_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Crime has risen about 30% over the past year.", "about 30%")]
    [InlineData("About 30% of the gold miners are on strike.", "About 30%")]
    [InlineData("Gold rose 1%. About 30% of its miners are on strike.", "About 30%")]
    [InlineData("Crime in both cities fell by about 2% in November, the fourth monthly decline.", "about 2%")]
    [InlineData("About 30% of Volkswagen AG workers in Wolfsburg are on strike.", "About 30%")]
    [InlineData("Crime is rising. Burglaries have been rising about 30% a year.", "about 30%")]
    public void A_share_that_is_no_market_move_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The rupiah was little changed after the speech, trading at around 16,300 to the dollar.")]
    [InlineData("Bitcoin, which has fallen about 30% from its record high, was steady at around $91,000.")]
    [InlineData("The lira hovered near 42.5 to the dollar, close to a record low.")]
    [InlineData("The index was little changed at about 38,000 points by midday.")]
    public void A_level_after_a_market_state_is_market_data_whatever_the_asset(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The death toll was steady at about 200 on Monday.", "about 200")]
    [InlineData("The number of displaced people hovered around 10,000 all week.", "around 10,000")]
    [InlineData("The lira hovered near 42.5 to the dollar as about 2,000 soldiers massed at the border.", "about 2,000")]
    public void A_claim_after_a_market_state_or_away_from_one_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The yen strengthened to around 148 against the U.S. dollar in Tokyo after the announcement, from around 150 before it.")]
    [InlineData("The won weakened to about 1,470 per dollar.")]
    [InlineData("Bullion has gained about 68% so far this year, on track for its best annual performance since 1979.")]
    public void An_exchange_rate_and_a_move_of_bullion_are_market_data(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Germany paid about €2 billion to the euro zone's rescue fund.", "about €2 billion")]
    [InlineData("The toll rose to about 150 from around 100 the day before.", "about 150")]
    [InlineData("The toll rose to about 150 from around 100 the day before.", "around 100")]
    public void A_sum_paid_to_a_fund_or_a_rise_from_a_count_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
