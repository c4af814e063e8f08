namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on trade-press figures of record: a deal's announced cap, the market value a share move wiped out, a product's
/// reported sales, a tracker that logged its count, a drug's own trial, the "About" block a release closes with; beside
/// each, the nearest claim that stays reported.
/// </summary>
public sealed class DealCapSalesAndSelfDescriptionTests
{
    private static string[] Figures(string text) =>
        [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Companies such as Capstan Therapeutics, which AbbVie agreed to buy for up to $2.1 billion, are trying to engineer T cells inside the body.")]
    [InlineData("Hengrui could receive up to $4.6 billion more in milestone payments, plus royalties on sales.")]
    [InlineData("AbbVie agreed to acquire Capstan in a deal worth up to $2.1 billion.")]
    [InlineData("Shares of Novo fell more than 20% in Copenhagen after the announcement, wiping out roughly $100 billion in market value.")]
    [InlineData("Keytruda generated nearly $29.5 billion in sales last year, close to half of Merck's revenue.")]
    [InlineData("Cue is the latest of dozens of small biotechs to cut staff this year. Fierce Biotech's layoff tracker has logged more than 150 rounds of biotech job cuts so far in 2024.")]
    [InlineData("Lilly's Zepbound produced average weight loss of about 20.9% at its highest dose in its main trial.")]
    [InlineData("The study was funded by the European Union.\n\nAbout Wageningen University & Research\n\nWageningen University & Research is a collaboration between Wageningen University and the Wageningen Research foundation. It employs about 7,600 people and has 13,100 students from more than 100 countries.")]
    [InlineData("The region recorded 127,350 cases in 2024, the agencies said in a joint statement.\n\nChildren under five accounted for more than 40% of cases.")]
    public void A_figure_of_record_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The storm could cost the insurers up to $2.1 billion, and repairs will take months.", "up to $2.1 billion")]
    [InlineData("The floods caused damage worth up to $4 billion across the region.", "up to $4 billion")]
    [InlineData("The flooding wiped out roughly $100 billion in market value across the region's farms.", "roughly $100 billion")]
    [InlineData("The strike lost the company nearly $29.5 million in sales last year.", "nearly $29.5 million")]
    [InlineData("Cue is the latest of dozens of small biotechs to cut staff this year. More than 150 rounds of biotech job cuts have been announced so far in 2024.", "More than 150")]
    [InlineData("Zepbound produced average weight loss of about 20.9% at its highest dose.", "about 20.9%")]
    [InlineData("The study was funded by the European Union.\n\nAbout the study\n\nThe researchers sampled fields across Europe. About 7,600 farms now use cover crops.", "About 7,600")]
    [InlineData("The study was funded by the European Union.\n\nAbout Wageningen University\n\nThe university has grown fast. It employs about 7,600 people.", "about 7,600")]
    [InlineData("The region recorded 127,350 cases in 2024, the agencies said in a joint statement.\n\nChildren under five accounted for more than 40% of deaths.", "more than 40%")]
    public void The_nearest_claim_is_still_reported(string text, string figure) => Assert.Equal([figure], Figures(text));

    [Fact]
    public void A_market_value_given_only_by_a_hedge_is_vague()
    {
        const string text = "Shares of Novo fell 20%, reportedly erasing roughly $100 billion in market value.";
        Assert.Equal(["roughly $100 billion"], RuleHarness.Lint(text, "CL3002").Select(d => text[d.Span.Start..d.Span.End]));
    }

    [Fact]
    public void The_cap_of_an_order_book_is_a_figure_of_record() =>
        Assert.Empty(Figures("Ryanair, which operates an all-Boeing fleet of more than 600 aircraft, has orders for up to 300 of the larger 737 MAX 10."));

    [Fact]
    public void What_an_order_could_cost_is_still_reported() =>
        Assert.Equal(["up to $30 billion"], Figures("The new jets could cost up to $30 billion over the decade."));
}
