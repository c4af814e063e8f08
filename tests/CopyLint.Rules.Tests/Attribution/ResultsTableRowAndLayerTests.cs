namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on the rows of a results table under a paragraph that gives their source with a full stop ("The figures below
/// are taken from company filings."), and on the sum above which losses pass to the next cover of a reinsurance
/// programme; beside each, the nearest claim that stays reported.
/// </summary>
public sealed class ResultsTableRowAndLayerTests
{
    private static string[] Figures(string text) =>
        [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Intro = "Nine-month results were mixed for the large reinsurers. The figures below are taken from company filings for the nine months to September 30.\n\n";

    private const string Rows =
        "Brennmark Re: combined ratio 87.2%; net income $2.9 billion; natural catastrophe losses $1.1 billion.\n\n"
        + "Northfield Re: combined ratio 85.9%; net income $1.6 billion; natural catastrophe losses $640 million.\n";

    [Fact]
    public void Rows_of_a_results_table_under_a_sourced_paragraph_ending_in_a_full_stop_are_not_reported() =>
        Assert.Empty(Figures(Intro + Rows));

    [Fact]
    public void Rows_under_a_paragraph_with_no_source_are_still_reported() =>
        Assert.Equal(["$1.1 billion", "$640 million"], Figures("Nine-month results were mixed for the large reinsurers.\n\n" + Rows));

    [Fact]
    public void Rows_under_a_paragraph_that_says_the_figures_are_taken_by_no_source_are_still_reported() =>
        Assert.Equal(["$1.1 billion", "$640 million"], Figures("Nine-month results were mixed. The figures below are taken seriously by investors.\n\n" + Rows));

    [Fact]
    public void A_paragraph_of_prose_under_a_sourced_paragraph_is_still_reported() =>
        Assert.Equal(["$1.1 billion"], Figures(Intro + "Brennmark Re's natural catastrophe losses came to $1.1 billion in a year of storms; others fared worse; few fared better.\n"));

    [Theory]
    [InlineData("Claims above the club's $10 million retention are shared among the group's 12 clubs, and losses above $100 million fall to the group's general excess-of-loss reinsurance programme.")]
    [InlineData("Claims in excess of $10 million are shared among the 12 clubs of the International Group.")]
    public void The_sum_above_which_losses_pass_to_the_next_cover_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The storm caused insured losses above $100 million across the region.", "$100 million")]
    [InlineData("Losses above $100 million hit insurers across the region after the storm.", "$100 million")]
    public void A_loss_above_a_sum_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));
}
