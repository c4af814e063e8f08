namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a lede that opens on a headcount ("About 3,200 Boeing defence workers … voted") when the next paragraph's
/// first sentence opens on the same people ("Members of …", "The workers …") and is firmly sourced ("…, the union said").
/// </summary>
public sealed class LedeHeadcountSourcedBelowTests
{
    private const string Lede = "Nov 13 (Reuters) - About 3,200 Boeing defence workers in the St. Louis area voted to ratify a new contract on Thursday, ending a strike that lasted more than three months.";

    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Members of the International Association of Machinists and Aerospace Workers (IAM) District 837 approved the five-year agreement, which includes a 24% general wage increase, the union said.")]
    [InlineData("The workers approved the five-year agreement by a wide margin, the union said.")]
    public void A_lede_headcount_whose_people_the_next_paragraph_sources_is_left_alone(string below) =>
        Assert.Empty(Flagged($"Boeing defence workers end strike\n\nBy Allison Lampert\n\n{Lede}\n\n{below}\n"));

    [Fact]
    public void A_headcount_opening_a_local_lede_is_left_alone() =>
        Assert.Empty(Flagged("Hotel workers ratify contract\n\nBy Dana Whitmore\n\nMore than 900 hotel workers at three downtown hotels returned to work Monday after ratifying a four-year contract.\n\n"
            + "Members of Unite Here Local 11 voted 94% in favour of the agreement, which raises the base wage for housekeepers, the union said.\n"));

    [Theory]
    [InlineData("The agreement includes a 24% general wage increase and a $6,000 ratification bonus, the union said.")]
    [InlineData("Members of the International Association of Machinists approved the five-year agreement on Thursday.")]
    public void A_lede_headcount_not_taken_up_and_sourced_below_is_still_reported(string below) =>
        Assert.Equal(["About 3,200"], Flagged($"Boeing defence workers end strike\n\nBy Allison Lampert\n\n{Lede}\n\n{below}\n"));

    [Fact]
    public void A_lede_toll_is_still_reported() =>
        Assert.Equal(["More than 300"], Flagged("Protest in the capital\n\nMore than 300 protesters were arrested in the capital on Saturday.\n\n"
            + "Members of the group blocked roads for several hours, police said.\n"));
}
