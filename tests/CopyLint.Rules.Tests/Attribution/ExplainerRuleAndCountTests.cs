namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on what explainers and results copy state that is no measurement: a threshold a vote requires (joined by "and"
/// or before "majority"), the size of a chamber's majority, number words in a bill's title, a rate for each unit of
/// something, an election count named as the source, the size of an electoral roll, a count entered in a named register, and a bare toll magnitude in a standfirst that a sourced count
/// below sums up. Beside each, the claim of the same shape that stays reported.
/// </summary>
public sealed class ExplainerRuleAndCountTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    private static void Reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Efforts to abolish it would require a constitutional amendment, which needs the approval of two-thirds of both chambers of Congress and three-quarters of the states.")]
    [InlineData("The Bill needs a two-thirds majority of members present and voting in each House of Parliament.")]
    [InlineData("In practice, the number needed to govern is lower. With seven Sinn Féin MPs, a working majority would be around 320.")]
    public void The_share_or_size_a_vote_requires_is_a_threshold(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The plan has the support of two-thirds of voters and three-quarters of the states.", "three-quarters")]
    [InlineData("A two-thirds majority of voters now oppose the plan.", "two-thirds")]
    [InlineData("With seven new members, support for the plan would be around 32%.", "around 32%")]
    public void Support_won_or_a_share_that_is_not_a_majority_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void Number_words_in_title_case_are_part_of_a_name() =>
        Assert.Empty(Figures("The Constitution (One Hundred and Twenty-Ninth Amendment) Bill inserts a new Article 82A."));

    [Fact]
    public void A_magnitude_in_lower_case_is_still_a_figure() =>
        Reported("The bill would cost about one hundred million dollars a year.", "about one hundred million dollars");

    [Fact]
    public void A_share_for_each_unit_of_something_is_a_rate() =>
        Assert.Empty(Figures("A warmer atmosphere holds more moisture, roughly 7% more for each degree of warming."));

    [Theory]
    [InlineData("A warmer atmosphere holds more moisture, roughly 7% more than in the 1980s.", "roughly 7%")]
    [InlineData("Heatwaves cause roughly 7% more deaths for each degree of warming.", "roughly 7%")]
    public void A_share_of_a_change_or_a_toll_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void An_election_count_named_as_the_source_sources_the_shares_of_its_paragraph() =>
        Assert.Empty(Figures("On early figures, Labor's primary vote was about 34.5 per cent, up more than a point on 2022. The Coalition's primary vote was about 31.8 per cent."));

    [Fact]
    public void A_vote_share_with_no_count_named_is_still_reported() =>
        Reported("Labor's primary vote was about 34.5 per cent, up more than a point on 2022.", "about 34.5 per cent");

    private const string Standfirst = "Sudan's war explained\n\nFighting between the army and a paramilitary force has displaced millions. Here's what to know.\n\n"
        + "The war began in April 2023.\n\n";

    [Fact]
    public void A_toll_magnitude_at_the_top_is_sourced_by_a_sourced_count_of_people_of_its_order_below() =>
        Assert.Empty(Figures(Standfirst + "The United Nations says more than 12 million people have been forced from their homes."));

    [Theory]
    [InlineData("The United Nations says more than 12 million homes have been damaged.")]
    [InlineData("More than 12 million people have been forced from their homes.")]
    [InlineData("The United Nations says more than 1,200 people have been forced from their homes.")]
    public void A_toll_magnitude_at_the_top_is_not_sourced_by_another_count_or_an_unsourced_one(string below) =>
        Reported(Standfirst + below, "millions");

    [Fact]
    public void The_size_of_an_electoral_roll_is_of_record() =>
        Assert.Empty(Figures("About 4.13 million people are registered to vote in the geographical constituencies."));

    [Theory]
    [InlineData("About 4.13 million people are waiting to vote in the geographical constituencies.", "About 4.13 million")]
    [InlineData("About 4.13 million people stayed away from the polls.", "About 4.13 million")]
    public void A_count_of_voters_that_is_no_roll_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void A_count_entered_in_a_named_register_is_of_record() =>
        Assert.Empty(Figures("The names of 5,079 people who died over the past year were added to the registry of atomic bomb victims."));

    [Theory]
    [InlineData("About 5,000 people were added to the waiting list over the past year.", "About 5,000")]
    [InlineData("About 5,000 people died over the past year, and their names will be read out.", "About 5,000")]
    public void A_count_added_to_no_register_is_still_reported(string text, string figure) => Reported(text, figure);
}
