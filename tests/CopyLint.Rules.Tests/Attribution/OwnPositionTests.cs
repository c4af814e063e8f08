namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on what a subject says of itself: a company's own fleet and network, and the figure a named subject seeks,
/// demands, proposes, offers or wants, whose source is the subject. Claim words near the figure still make it a claim.
/// </summary>
public sealed class OwnPositionTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("The airline, which has a fleet of about 150 aircraft and flies to more than 145 international destinations, aims to grow.")]
    [InlineData("The retailer, with a workforce of about 20,000, has closed more than 100 stores this year.")]
    [InlineData("The chain plans to double its network of about 600 shops by 2030.")]
    public void A_company_s_own_fleet_and_network_are_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Russia has a fleet of about 150 drones for the offensive.", "about 150")]
    [InlineData("A fleet of more than 300 ships is waiting to pass through the strait.", "more than 300")]
    [InlineData("The network of about 400 informants was broken up.", "about 400")]
    [InlineData("The airline carried about 150,000 passengers last month.", "about 150,000")]
    public void Drones_in_a_fleet_and_other_counts_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Rengo, the country's largest union group, is seeking pay rises of at least 5% again in next year's talks.")]
    [InlineData("Trade unions are demanding at least 40 percent.")]
    [InlineData("The company wants to raise about $5bn from the sale.")]
    [InlineData("The government has proposed cuts of about £3bn to the welfare budget.")]
    [InlineData("The bidder offered more than $40 a share.")]
    [InlineData("The group, led by Reps. Mike Lawler and Nick LaLota of New York, wants the cap on the deduction raised to at least $100,000 for joint filers.")]
    [InlineData("The company has committed about US$6.2 billion to eliminate emissions from its Pilbara operations by 2030.")]
    [InlineData("Larian lists more than 1,000 fixes, including a new camera.")]
    public void A_subject_stating_its_own_position_is_the_source(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("He was offered about £5m to leave the club.", "about £5m")]
    [InlineData("Protesters are demanding the release of about 500 prisoners.", "about 500")]
    [InlineData("About 15,000 soldiers have been sent, and Russia is seeking more.", "About 15,000")]
    [InlineData("Unions are demanding answers after about 300 workers lost their jobs.", "about 300")]
    [InlineData("The proposed cut of about £3bn has alarmed charities.", "about £3bn")]
    [InlineData("The group wants action now that the cap on the deduction was raised to at least $100,000 for joint filers.", "at least $100,000")]
    [InlineData("The group saw the cap on the deduction raised to at least $100,000 for joint filers.", "at least $100,000")]
    [InlineData("About US$6.2 billion was committed to the mine, and more than 1,000 workers were hired.", "more than 1,000")]
    [InlineData("Waiting lists of more than 1,000 patients have grown since March.", "more than 1,000")]
    public void A_passive_a_claim_word_or_a_figure_outside_the_position_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("It is understood the attackers demanded a ransom of $5 million.", "'$5 million' is sourced only by 'It is understood': name who says so")]
    [InlineData("Trade unions are reportedly demanding at least 40 percent.", "'at least 40 percent' is sourced only by 'reportedly': name who says so")]
    public void A_position_only_a_hedge_reports_is_hearsay(string text, string message)
    {
        var found = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));

        Assert.Equal(("CL3002", message), (found.Id, found.Message));
    }

    [Fact]
    public void A_position_stated_beside_a_named_source_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint("The attackers demanded a ransom of $5 million, the company said.", "CL3001", "CL3002"));
}
