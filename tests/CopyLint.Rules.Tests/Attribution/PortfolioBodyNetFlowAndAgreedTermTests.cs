namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures a sentence sources by its own words: what a ministry named by its portfolios, governments or a bank
/// approved, issued or released, a market wrap's net flows, a term an agreement set, and a share "of them" of a count that
/// needs no source; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class PortfolioBodyNetFlowAndAgreedTermTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("TOKYO -- Japan's Ministry of Economy, Trade and Industry on Friday approved up to 1 trillion yen in additional support for the chipmaker.")]
    [InlineData("Japan's industry ministry on Friday approved about 1 trillion yen in additional support for the chipmaker.")]
    [InlineData("Local governments issued evacuation instructions to about 820,000 people.")]
    [InlineData("The government released about 810,000 tons of stockpiled rice this year.")]
    [InlineData("The World Bank approved a $350 million grant for the project last year, part of a financing plan of about $6.4 billion.")]
    public void What_a_public_body_approved_issued_or_released_is_its_own_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Japan's Ministry of Economy, Trade and Industry on Friday approved a plan that could cost about 1 trillion yen.", "about 1 trillion yen")]
    [InlineData("The industry ministry approved a plan that could cost about 1 trillion yen.", "about 1 trillion yen")]
    [InlineData("Local groups issued evacuation instructions to about 820,000 people.", "about 820,000")]
    public void What_the_act_would_do_or_what_no_body_did_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Foreigners sold a net 1.9 trillion won worth of stocks.")]
    [InlineData("Institutions bought a net $640 million of shares.")]
    public void A_market_wrap_s_net_flow_is_the_exchange_s_tally(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_gross_sale_is_still_a_claim() =>
        Assert.Contains("1.9 trillion won", Figures("Foreigners sold 1.9 trillion won worth of stocks."));

    [Fact]
    public void A_term_an_agreement_set_is_sourced_by_the_agreement() =>
        Assert.Empty(Figures("Output again exceeded the quota under the OPEC+ agreement, which was set at about 1.56 million barrels per day."));

    [Fact]
    public void A_figure_set_by_no_agreement_is_still_a_claim() =>
        Assert.Contains("about 1.56 million", Figures("Output again exceeded the estimate, which was set at about 1.56 million barrels per day."));

    [Fact]
    public void A_share_of_them_after_a_count_that_needs_no_source_stands_as_the_count_does() =>
        Assert.Empty(Figures("The inn hosted about 1,300 guests last year, roughly a third of them from overseas."));

    [Fact]
    public void A_share_of_them_after_a_claim_is_still_a_claim() =>
        Assert.Contains("roughly a third", Figures("About 1,300 migrants crossed the border last year, roughly a third of them children."));

    [Fact]
    public void The_share_of_a_cost_a_public_body_subsidized_is_its_scheme_s_term() =>
        Assert.Empty(Figures("Unnan's town office subsidized a third of the renovation costs under a program aimed at attracting younger residents."));

    [Fact]
    public void The_share_of_a_cost_no_body_paid_is_still_a_claim() =>
        Assert.Contains("a third", Figures("Local residents paid a third of the renovation costs under a program aimed at attracting younger residents."));
}
