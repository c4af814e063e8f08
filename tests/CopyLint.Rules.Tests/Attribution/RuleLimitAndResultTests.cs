namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on round 5's shapes: a named rule's limit, an election result, a labelled total and a named agency's
/// seizure are figures of record; a noun or a compared clause that looks like a reporting verb sources nothing.
/// </summary>
public sealed class RuleLimitAndResultTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001", "CL3002").Select(d => d.Message)];

    private static void Reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Money in a bank account is protected up to £85,000 by the Financial Services Compensation Scheme.")]
    [InlineData("Under rules from the Payment Systems Regulator, banks must refund most victims of fraud, up to £85,000.")]
    [InlineData("Under the SECURE 2.0 Act, workers aged 50 and older who earned more than $150,000 last year must make their contributions on a Roth basis.")]
    [InlineData("Most basic-rate taxpayers can also earn up to £1,000 interest a year without paying tax, thanks to the personal savings allowance.")]
    [InlineData("Pay by credit card for anything over £100 if you can.")]
    [InlineData("Under the First Home Buyers Assistance Scheme, eligible buyers pay no transfer duty on a new or existing home worth up to $800,000.")]
    public void A_limit_or_threshold_of_a_named_rule_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Quebec suspended its own provincial rebate of up to $7,000 in February.")]
    [InlineData("Land on which you will build a home qualifies for a full exemption up to $350,000 and a concession up to $450,000.")]
    [InlineData("A property investment of at least Dh2 million qualifies the owner for a 10-year golden visa.")]
    public void The_cap_of_a_schemes_benefit_or_the_sum_that_qualifies_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Drivers could get a rebate of up to $7,000 if the plan passes.", "up to $7,000")]
    [InlineData("The storm caused damage of up to $5bn across the province.", "up to $5bn")]
    [InlineData("Quebec paid rebates worth more than $700 million in February.", "more than $700 million")]
    [InlineData("Under the new rules, the First Home Buyers Assistance Scheme could save families up to $30,000.", "up to $30,000")]
    public void An_estimated_benefit_a_sum_of_harm_or_what_a_scheme_paid_is_still_reported(string text, string figure) => Reported(text, figure);

    [Theory]
    [InlineData("Under the new rules, councils could receive up to £3bn.", "up to £3bn")]
    [InlineData("Under the new rules, families could save up to £3,000 in fees.", "up to £3,000")]
    [InlineData("Under the new rules, households will pay up to £300 more a year.", "up to £300")]
    [InlineData("Under the scheme, more than £2bn has been lost to fraud.", "more than £2bn")]
    [InlineData("Banks must refund most victims of fraud up to £85,000.", "up to £85,000")]
    [InlineData("Changes to the scheme will cost taxpayers more than £2bn.", "more than £2bn")]
    [InlineData("Payouts made by the scheme rose to more than £500m last year.", "more than £500m")]
    public void What_a_rule_would_do_or_a_limit_with_no_rule_named_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void A_rate_an_account_earns_is_not_reported() =>
        Assert.Empty(Figures("The extra money goes into the Special and Retirement accounts, which earn at least 4 per cent interest a year."));

    [Fact]
    public void What_people_earn_more_or_less_is_still_reported() => Reported("Teachers earn about 20% less than nurses.", "about 20%");

    [Fact]
    public void Goes_up_to_is_a_rise_not_a_bound() =>
        Assert.Empty(Figures("The Enhanced Retirement Sum goes up to $426,000 for those turning 55 in 2025."));

    [Fact]
    public void Handed_over_is_a_verb_and_its_particle_not_a_bound() =>
        Assert.Empty(Figures("One victim, a 91-year-old woman from Winchester, handed over £38,000 in cash and her late husband's gold watch."));

    [Fact]
    public void Over_after_a_verb_that_does_not_take_it_is_still_a_bound() =>
        Assert.Contains(Figures("One victim, a 91-year-old woman from Winchester, lost over £38,000 in cash and her late husband's gold watch."),
            m => m.StartsWith("'over £38,000'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The president had carried about 46% of the vote in New Jersey last year, the best showing for a Republican in decades.")]
    [InlineData("Simion won the first round two weeks ago with nearly 41 percent of the vote. Dan, who ran as an independent, came second with about 21 percent.")]
    [InlineData("Voters rejected the pension plebiscite. The plebiscite failed, winning about 39% of the vote.")]
    public void A_past_election_result_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The party is on course to win about 30% of the vote.", "about 30%")]
    [InlineData("About 46% of voters backed the plan.", "About 46%")]
    [InlineData("Counting went on overnight, and the party is winning about 30% of the vote.", "about 30%")]
    public void A_projection_or_a_share_of_voters_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void A_labelled_total_of_a_worked_example_is_not_reported() =>
        Assert.Empty(Figures("Total rise across the year: about £119, before any change in the child elements of universal credit."));

    [Fact]
    public void An_unlabelled_sum_is_still_reported() => Reported("Rise across the year: about £119.", "about £119");

    [Fact]
    public void A_sum_a_named_agency_seized_is_not_reported() =>
        Assert.Empty(Figures("The Criminal Assets Bureau (CAB) has seized four high-end cars and more than €460,000 in cash in a series of searches."));

    [Fact]
    public void A_sum_a_group_seized_is_still_reported() =>
        Reported("Islamic State has seized more than $400m from the city's banks.", "more than $400m");

    [Fact]
    public void A_budget_gap_is_an_estimate_not_a_budget() =>
        Reported("Ukraine faces a budget gap of roughly $135 billion over 2026 and 2027.", "roughly $135 billion");

    [Fact]
    public void A_plural_noun_after_a_modal_and_its_verb_sources_nothing() =>
        Reported("The reforms will cost northern states about 150 billion naira a year in lost revenue.", "about 150 billion naira");

    [Fact]
    public void A_noun_after_a_modal_and_its_verb_sources_nothing() =>
        Reported("Under the new law, insurers could face claims of more than £2bn.", "more than £2bn");

    [Fact]
    public void A_show_after_a_superlative_is_a_noun() =>
        Reported("The singer will close the event on August 15, her biggest headline show to date. Around 80,000 fans are expected to attend each day.", "Around 80,000");

    [Fact]
    public void What_a_seller_asked_does_not_source_the_price() =>
        Assert.Contains(
            Figures("It is understood that the Polish side pushed for a price of around $30 million per tank, significantly below what Hyundai Rotem had first asked."),
            m => m.StartsWith("'around $30 million' is sourced only by 'It is understood'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The latest figures show about 5,000 people left the region.")]
    [InlineData("The latest data show about 5,000 people left the region.")]
    [InlineData("Officials in northern states said about 5,000 people had fled.")]
    [InlineData("The ministry will now report about 5,000 cases a week, officials said.")]
    [InlineData("The charity will open shelters it estimates about 5,000 people need.")]
    [InlineData("The plan will fund homes the agency estimates about 5,000 families need.")]
    public void A_reporting_verb_still_sources(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The new law also created temporary deductions for tip income, up to $25,000, and for qualified overtime pay, up to $12,500 for single filers.")]
    [InlineData("Deposits at banks are insured by the Federal Deposit Insurance Corp. up to $250,000 per depositor, per institution.")]
    public void A_limit_a_rule_sets_as_its_subject_or_the_limit_of_a_cover_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The new law also paid out up to $25,000 to some families.", "up to $25,000")]
    [InlineData("Depositors at the failed bank lost up to $250,000, per institution.", "up to $250,000")]
    public void What_a_rule_paid_or_a_loss_with_no_cover_is_still_reported(string text, string figure) => Reported(text, figure);
}
