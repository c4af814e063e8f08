namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on farm and timber trade copy: a sale listing's "Offers over" line, a Q&amp;A answer that cites its own source,
/// a council's lede with no "The" that the paragraph below has speak, the council's own work and the cost of its act further down, and a figure
/// dated to "the same period" as a sourced one; each beside the nearest shape that is still reported.
/// </summary>
public sealed class ListingPriceQuotedCitationAndCouncilLedeTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Mixed broadleaf woodland with a stream. Offers over £150,000.")]
    [InlineData("Commercial Sitka spruce planted in 1996. Offers over £1.9 million.")]
    [InlineData("A farmhouse with 40 acres of grazing. Offers in excess of £1.2 million.")]
    public void A_listing_s_offers_over_line_is_the_price_basis(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void Offers_told_of_in_a_sentence_are_still_a_claim() =>
        Assert.Contains("over £1bn", Figures("Offers over £1bn were rejected by the board last year."));

    private const string Questions = "Q&A: what the new TB testing rules mean for your herd\n\nWe put readers' questions to Dr Emma Rowland, a vet in Gloucestershire.\n\nHow many herds are affected?\n\n";

    [Fact]
    public void A_quoted_answer_citing_its_own_source_is_sourced() =>
        Assert.Empty(Figures(Questions + "\"About 8 per cent of herds in the high-risk area had TB restrictions in the last year, according to government statistics.\""));

    [Fact]
    public void A_quoted_answer_with_no_source_of_its_own_is_still_a_claim() =>
        Assert.Contains("About 8 per cent", Figures(Questions + "\"About 8 per cent of herds in the high-risk area had TB restrictions in the last year, sadly.\""));

    private const string CouncilLede = "Council to fell ash trees\n\nShropshire Council will fell about 3,000 ash trees along roads this winter because of ash dieback.\n\n";

    [Fact]
    public void A_lede_naming_a_body_with_no_the_is_sourced_by_the_body_speaking_below() =>
        Assert.Empty(Figures(CouncilLede + "The council said the trees were a risk to road users."));

    [Theory]
    [InlineData("The ministry said the trees were a risk to road users.")]
    [InlineData("Residents said the trees were a risk to road users.")]
    public void A_lede_whose_next_paragraph_has_another_body_speak_is_still_a_claim(string below) =>
        Assert.Contains("about 3,000", Figures(CouncilLede + below));

    [Fact]
    public void A_one_word_opening_is_no_body_s_name() =>
        Assert.Contains("about 3,000", Figures("Council to fell ash trees\n\nCouncillors will fell about 3,000 ash trees along roads this winter.\n\nThe councillors said the trees were a risk to road users."));

    [Fact]
    public void The_body_s_own_work_further_down_is_sourced_by_the_body() =>
        Assert.Empty(Figures(CouncilLede + "The council said the trees were a risk to road users.\n\nLandowners are responsible for trees on their land. The council has written to more than 800 of them."));

    [Fact]
    public void Another_body_s_work_further_down_is_still_a_claim() =>
        Assert.Contains("more than 800", Figures(CouncilLede + "The council said the trees were a risk to road users.\n\nLandowners are responsible for trees on their land. The trust has written to more than 800 of them."));

    [Fact]
    public void The_cost_of_the_body_s_own_act_is_sourced_by_the_body() =>
        Assert.Empty(Figures(CouncilLede + "The council said the trees were a risk to road users.\n\nThe felling will cost about £1.4 million. Timber will be sold where possible."));

    [Fact]
    public void The_cost_of_another_act_is_still_a_claim() =>
        Assert.Contains("about £1.4 million", Figures(CouncilLede + "The council said the trees were a risk to road users.\n\nThe replanting will cost about £1.4 million. Timber will be sold where possible."));

    private const string Exports = "UK seafood exports were worth £2.1 billion in the first nine months of 2026, according to figures from Seafish.\n\nLaura Petrie, an analyst, said the figures were encouraging.\n\n";

    [Fact]
    public void A_figure_for_the_same_period_takes_the_source_of_the_figures_above() =>
        Assert.Empty(Figures(Exports + "Imports were worth £3.4 billion over the same period, up 3 per cent."));

    [Theory]
    [InlineData("Imports were worth £3.4 billion, up 3 per cent.", "£3.4 billion")]
    [InlineData("Imports were worth £3.4 billion in the same period last year.", "£3.4 billion")]
    [InlineData("Imports were worth an estimated £3.4 billion over the same period.", "an estimated £3.4 billion")]
    public void A_figure_of_no_dated_back_reference_is_still_a_claim(string last, string figure) => Assert.Contains(figure, Figures(Exports + last));
}
