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
    [InlineData("The dollar traded around ¥157 in Tokyo on Friday.")]
    public void A_level_after_a_market_state_is_market_data_whatever_the_asset(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The death toll was steady at about 200 on Monday.", "about 200")]
    [InlineData("The number of displaced people hovered around 10,000 all week.", "around 10,000")]
    [InlineData("About 2,000 protesters gathered outside the ministry as the dollar traded around ¥157.", "About 2,000")]
    [InlineData("The lira hovered near 42.5 to the dollar as about 2,000 soldiers massed at the border.", "about 2,000")]
    public void A_claim_after_a_market_state_or_away_from_one_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The yen strengthened to around 148 against the U.S. dollar in Tokyo after the announcement, from around 150 before it.")]
    [InlineData("The won weakened to about 1,470 per dollar.")]
    [InlineData("Bullion has gained about 68% so far this year, on track for its best annual performance since 1979.")]
    [InlineData("The kina has depreciated by about 5 percent against the US dollar this year under an arrangement agreed with the IMF.")]
    [InlineData("The rand has weakened about 4% against the dollar so far this year.")]
    public void An_exchange_rate_and_a_move_of_bullion_are_market_data(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Germany paid about €2 billion to the euro zone's rescue fund.", "about €2 billion")]
    [InlineData("Exporters lost about $2 billion against the dollar this year.", "about $2 billion")]
    [InlineData("The toll rose to about 150 from around 100 the day before.", "about 150")]
    [InlineData("The toll rose to about 150 from around 100 the day before.", "around 100")]
    public void A_sum_paid_to_a_fund_or_a_rise_from_a_count_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The FAO Food Price Index averaged 127.5 points last month. It was 5.7% higher than a year earlier but still more than 20% below a peak reached in March 2022.")]
    [InlineData("The rand was trading at R18.21 to the dollar at 5pm, about 0.7% firmer than its previous close.")]
    public void How_far_market_data_stand_from_their_own_peak_or_close_is_a_move(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Gold demand from jewellers is about 6 percent below what analysts forecast.", "about 6 percent")]
    [InlineData("Demand from jewellers is about 6 percent below its peak.", "about 6 percent")]
    [InlineData("Road deaths are now about 20% below their peak.", "about 20%")]
    public void A_distance_from_no_level_of_its_own_or_in_no_market_data_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("In the crypto market, bitcoin fell back to about $93,000 after climbing close to $100,000 last week.")]
    [InlineData("Bitcoin climbed to about $93,000 on Tuesday.")]
    [InlineData("Suezmax and aframax rates also firmed. The TD20 West Africa to Continent suezmax route rose to about $42,000 per day.")]
    public void A_price_a_move_reaches_in_a_sentence_of_market_data_is_a_market_level(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_sum_a_move_reaches_with_no_market_named_is_still_reported()
    {
        Assert.Contains(Figures("The charity's deficit climbed to about $5 million last year."), m => m.StartsWith("'about $5 million'", StringComparison.Ordinal));
        Assert.Contains(Figures("The tanker operator's debt climbed to about $420 million last year."), m => m.StartsWith("'about $420 million'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_move_whose_verb_a_clause_leaves_out_shares_the_record_of_the_move_before() =>
        Assert.Empty(Figures("Palladium prices have fallen by more than 70% from a record high above $3,000 an ounce in 2022, and rhodium by about 85%, as demand weakens."));

    [Fact]
    public void A_gapped_move_after_a_move_that_is_itself_a_claim_is_still_reported() =>
        Assert.Contains(Figures("Many mines have cut staff by about 20% since 2022, and others by about 30%."), m => m.StartsWith("'about 30%'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Bullion has gained about 8% this week and more than 65% this year.")]
    [InlineData("Three-month copper rose as much as 1.9% to $11,200 a metric ton on the LME on Wednesday.")]
    [InlineData("The STOXX 600 remains up about 11% this year, after hitting a record in mid-November.")]
    [InlineData("The S&P 500 is down about 3% from its record close at the end of October.")]
    public void A_hedged_move_of_a_metal_or_a_benchmark_is_market_data(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Crime has fallen about 8% this week and more than 65% of residents feel safer.", "more than 65%")]
    [InlineData("Three-month contracts rose as much as 1.9% on Wednesday.", "as much as 1.9%")]
    [InlineData("The P&L team is down about 3% from its record headcount.", "about 3%")]
    public void A_share_beside_a_move_of_no_market_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_market_price_at_its_own_record_high_is_market_data() =>
        Assert.Empty(Figures("Bitcoin fell 2%, extending its slide from a record high of more than $126,000 in early October."));

    [Fact]
    public void A_record_high_of_no_market_is_still_reported() =>
        Assert.Contains(Figures("Repair bills have climbed from a high of more than $126,000 in early October."),
            m => m.StartsWith("'more than $126,000'", StringComparison.Ordinal));
}
