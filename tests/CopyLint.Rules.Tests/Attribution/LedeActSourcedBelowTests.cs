namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on an AP lede whose act the next paragraph takes up as its subject and sources ("is recalling" … "The recall …, according to").</summary>
public sealed class LedeActSourcedBelowTests
{
    private const string Lede = "DETROIT (AP) — Ford is recalling more than 240,000 SUVs and pickup trucks in the U.S. because the rearview camera image can fail to appear.";

    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void A_lede_figure_whose_act_the_next_paragraph_sources_is_left_alone() =>
        Assert.Empty(Flagged($"Headline\n\n{Lede}\n\nThe recall covers certain 2020 through 2023 Ford Explorer SUVs, according to documents posted Wednesday by the National Highway Traffic Safety Administration.\n"));

    [Theory]
    [InlineData("The trucks were built at plants in Kentucky and Michigan, according to documents posted Wednesday.")]
    [InlineData("The recall follows a similar one last year that covered the same models.")]
    public void A_lede_figure_whose_act_is_not_taken_up_and_sourced_below_is_still_reported(string below) =>
        Assert.Equal(["more than 240,000"], Flagged($"Headline\n\n{Lede}\n\n{below}\n"));

    private const string BillLede = "WASHINGTON — The House Appropriations Committee on Thursday approved a spending bill that would cut the budget of the Cybersecurity and Infrastructure Security Agency by about $135 million, with much of the reduction falling on its election security programme.";

    [Fact]
    public void A_lede_figure_whose_thing_the_next_paragraph_takes_up_and_sources_is_left_alone() =>
        Assert.Empty(Flagged($"Headline\n\n{BillLede}\n\nThe bill, which passed the committee on a party-line vote, would give the agency roughly $2.87 billion, according to a summary released by committee Republicans.\n"));

    [Fact]
    public void A_lede_figure_whose_thing_is_taken_up_but_not_sourced_below_is_still_reported() =>
        Assert.Equal(["about $135 million"], Flagged($"Headline\n\n{BillLede}\n\nThe bill passed the committee on a party-line vote of 34 to 26.\n"));
}
