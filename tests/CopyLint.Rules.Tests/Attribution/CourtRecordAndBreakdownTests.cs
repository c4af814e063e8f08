namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001: the sums of an offence in a sentence reporting a court outcome, charge or plea are the court's record; a total
/// at the top of a story takes the source of the same figure below or of the parts the body breaks it into. The claims of
/// the same shape beside them are still reported.
/// </summary>
public sealed class CourtRecordAndBreakdownTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    private static void Reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("A woman who stole £312 worth of cosmetics from Boots in Carmarthen town centre has been given a 12-month community order.")]
    [InlineData("A woman who stole £312 worth of cosmetics from Boots has been given a suspended sentence.")]
    [InlineData("A man who took £640 worth of razors from Superdrug in Llanelli has been given a conditional discharge.")]
    public void The_sums_of_an_offence_in_a_court_outcome_are_the_courts_record(string sentence) =>
        Assert.Empty(Figures("Court round-up\n\n" + sentence + "\n"));

    [Theory]
    [InlineData("Burglars stole jewellery worth £50,000 from a house in Leeds.", "£50,000")]
    [InlineData("A man who stole £600 worth of meat from Aldi was seen by staff.", "£600")]
    [InlineData("A woman who stole about £300 worth of cosmetics from Boots has been given a 12-month community order.", "about £300")]
    public void A_theft_outside_court_or_a_hedged_sum_in_court_is_still_a_claim(string sentence, string figure) =>
        Reported("Court round-up\n\n" + sentence + "\n", figure);

    private const string Auction = "Spectrum auction ends with bids worth Rs 11,340 crore\n\nOur Bureau\n\n"
        + "NEW DELHI: The government's spectrum auction closed on Wednesday with bids worth Rs 11,340 crore, far below the reserve price.\n\n";

    private const string Parts = "Reliance Jio emerged as the biggest buyer, committing about Rs 6,856 crore, followed by Bharti Airtel at Rs 3,126 crore "
        + "and Vodafone Idea at Rs 1,358 crore, according to data released by the Department of Telecommunications.\n";

    [Fact]
    public void A_total_at_the_top_takes_the_source_of_the_parts_it_sums_below() =>
        Assert.Empty(Figures(Auction + Parts));

    [Fact]
    public void A_byline_between_a_headline_and_its_lede_leaves_the_lede_at_the_top() =>
        Assert.Empty(Figures(Auction.Replace("ends with bids worth Rs 11,340 crore\n", "ends on day two with bids worth Rs 11,340 crore; Jio biggest buyer\n", StringComparison.Ordinal) + Parts));

    [Fact]
    public void A_total_at_the_top_whose_parts_below_sum_to_another_figure_is_reported() =>
        Reported(Auction + Parts.Replace("Rs 1,358 crore", "Rs 2,358 crore", StringComparison.Ordinal), "11,340 crore");

    [Fact]
    public void An_exact_figure_at_the_top_takes_the_source_of_the_same_figure_below()
    {
        var same = "Bids totalled Rs 11,340 crore, according to data released by the Department of Telecommunications.\n";
        Assert.Empty(Figures(Auction + same));
        Reported(Auction + same.Replace("11,340", "12,340", StringComparison.Ordinal), "11,340 crore");
    }
}
