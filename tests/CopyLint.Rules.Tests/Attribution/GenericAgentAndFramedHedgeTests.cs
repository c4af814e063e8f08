namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3002 and CL3001: a bare generic speaker ("Experts say", "Analysts believe"), "according to some estimates" and a
/// vague agent who puts the figure are hedges; a hedge that frames its sentence from the end makes even a measurement
/// hearsay; a forecast the copy calls estimated and an estimate before a currency code want a source. Their sourced
/// twins stay quiet.
/// </summary>
public sealed class GenericAgentAndFramedHedgeTests
{
    private static void Hedged(string text, string message) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3002"), d => d.Descriptor.Id == "CL3002" && d.Message.StartsWith(message, StringComparison.Ordinal));

    [Theory]
    [InlineData("Experts say as many as 40 million Americans could be uninsured by the end of the decade.", "'as many as 40 million' is sourced only by 'Experts say'")]
    [InlineData("Analysts believe around 60% of rural crimes go unreported to the police.", "'around 60%' is sourced only by 'Analysts believe'")]
    [InlineData("Some analysts believe the company could need as much as £3bn in new equity.", "'as much as £3bn' is sourced only by 'analysts believe'")]
    [InlineData("The lender could need more than £3bn in new equity, but observers believe about 40% of it will come from abroad.", "'about 40%' is sourced only by 'observers believe'")]
    public void A_bare_generic_speaker_is_a_hedge(string text, string message) => Hedged(text, message);

    [Theory]
    [InlineData("Analysts at Goldman Sachs believe around 60% of rural crimes go unreported to the police.")]
    [InlineData("Agricultural economists believe around 60% of rural crimes go unreported, Wandile Sihlobo of Agbiz said.")]
    [InlineData("Japanese security experts say about 40% of the fleet is now based in the south.")]
    [InlineData("Nvidia controls about 80% of the market for AI chips used in data centres, analysts estimate.")]
    [InlineData("The company sold about 4 million phones last quarter, analysts say.")]
    public void A_named_or_narrowed_speaker_is_a_source(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Fact]
    public void A_magnitude_in_words_is_no_figure_the_experts_give() =>
        Assert.Empty(RuleHarness.Lint("The average APR is above 21%, according to Bankrate. Experts say a few steps can save you hundreds of dollars.", "CL3001", "CL3002"));

    [Fact]
    public void A_magnitude_in_words_is_still_hedged_by_reportedly() =>
        Hedged("Thousands of factories in Guangdong have reportedly shut down this year.", "'Thousands' is sourced only by 'reportedly'");

    [Theory]
    [InlineData("According to some estimates, motorcycle crashes cost public hospitals more than $2 billion a year.", "'more than $2 billion' is sourced only by 'According to some estimates'")]
    [InlineData("By some estimates, the repairs will cost more than $2 billion.", "'more than $2 billion' is sourced only by 'By some estimates'")]
    [InlineData("Industry insiders put the figure closer to £2,000 once the cost of new pylons is passed on.", "'£2,000' is sourced only by 'Industry insiders put the figure closer to'")]
    public void Some_estimates_and_insiders_are_hedges(string text, string message) => Hedged(text, message);

    [Theory]
    [InlineData("According to estimates from the World Bank, the crashes cost public hospitals more than $2 billion a year.")]
    [InlineData("Ofgem put the figure closer to £2,000 once the cost of new pylons is passed on.")]
    public void Named_estimates_are_a_source(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("Venezuela's crude output has held at around 1 million bpd this year, according to OPEC secondary sources, a fraction of the more than 3 million bpd it produced in the late 1990s.")]
    [InlineData("The cartel pumped about 28 million bpd in October, according to IEA sources.")]
    public void Sources_owned_by_a_named_body_are_its_sources(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3002"));

    [Theory]
    [InlineData("Venezuela's crude output has held at around 1 million bpd this year, according to secondary sources.", "'around 1 million' is sourced only by 'according to secondary sources'")]
    [InlineData("The strike killed about 40 fighters, according to US sources.", "'about 40' is sourced only by 'according to US sources'")]
    [InlineData("The strike killed about 40 fighters, according to Western diplomatic sources.", "'about 40' is sourced only by 'according to Western diplomatic sources'")]
    public void Sources_no_named_body_owns_are_still_a_hedge(string text, string message) => Hedged(text, message);

    [Theory]
    [InlineData("War risk insurance premiums for Red Sea transits rose to about 1% of a ship's value on Wednesday, from 0.5% a week earlier, according to two insurance sources.")]
    [InlineData("The cargo changed hands at about $12 a barrel below Brent, three trading sources said.")]
    public void Counted_sources_with_their_field_are_a_source(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3002"));

    [Theory]
    [InlineData("War risk insurance premiums rose to about 1% of a ship's value on Wednesday, according to two sources.", "'about 1%' is sourced only by 'according to two sources'")]
    [InlineData("The cargo changed hands at about $12 a barrel below Brent, according to trading sources.", "'about $12' is sourced only by 'according to trading sources'")]
    public void Sources_counted_without_a_field_or_alone_are_still_a_hedge(string text, string message) => Hedged(text, message);

    [Theory]
    [InlineData("The refinery reportedly sold 450 million litres of petrol to marketers in October.", "'450 million' is sourced only by 'reportedly'")]
    [InlineData("Ukraine has lost around 300 square kilometres of territory in the region since the summer, according to reports.", "'around 300' is sourced only by 'according to reports'")]
    public void A_hedged_measurement_is_hearsay(string text, string message) => Hedged(text, message);

    [Theory]
    [InlineData("The refinery sold 450 million litres of petrol to marketers in October, the company said.")]
    [InlineData("Ukraine has lost around 300 square kilometres of territory in the region since the summer, according to the Institute for the Study of War.")]
    [InlineData("The lake covers almost 4,000 square kilometres and is thought to be drying.")]
    public void A_sourced_or_unhedged_measurement_is_left_alone(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Fact]
    public void A_trailing_hedge_frames_a_figure_its_context_would_exempt() =>
        Hedged("The Polish side pushed for a price of around $30 million per tank, according to reports.", "'around $30 million' is sourced only by 'according to reports'");

    [Theory]
    [InlineData("The state is expected to collect an estimated NIS 2 billion a year in additional royalties once the expansion is complete.", "'an estimated NIS 2 billion'")]
    [InlineData("The state is expected to collect an estimated $2 billion a year in additional royalties.", "'an estimated $2 billion'")]
    [InlineData("Motorcycle crashes cost public hospitals more than KSh 2 billion last year.", "'more than KSh 2 billion'")]
    public void An_estimate_wants_its_estimator(string text, string figure) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3001"), d => d.Message.StartsWith(figure, StringComparison.Ordinal));

    [Theory]
    [InlineData("The state is expected to collect about $2 billion a year in additional royalties.")]
    [InlineData("The state is expected to collect an estimated NIS 2 billion a year in additional royalties, the finance ministry said.")]
    [InlineData("The rebate has been raised, so that individuals with taxable income of up to Rs 12 lakh pay no income tax under the new tax regime.")]
    public void A_forecast_a_sourced_estimate_and_a_rule_s_limit_are_left_alone(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Fact]
    public void A_body_that_informed_the_court_names_the_source_of_its_sentence() =>
        Assert.Empty(RuleHarness.Lint("The CID informed the court that investigations into the deal, which is said to have caused a loss of Rs. 144 million to the State, were continuing.", "CL3002"));

    [Fact]
    public void The_same_hedge_with_no_one_informing_is_still_vague() =>
        Hedged("Investigations into the deal, which is said to have caused a loss of Rs. 144 million to the State, were continuing.", "'144 million' is sourced only by 'is said to'");

    [Theory]
    [InlineData("The total cost of the project is estimated at $4.2 billion by the ministry, with the balance to be covered by the private developer.")]
    [InlineData("Damage caused during the riots, including broken windows and a burnt vehicle, was estimated at K1.2 million by the university's management.")]
    public void A_passive_estimate_by_a_body_referred_back_to_is_sourced(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Theory]
    [InlineData("Damage caused during the riots was estimated at K1.2 million by officials.", "'K1.2 million' is sourced only by 'was estimated'")]
    [InlineData("The total cost of the project is estimated at $4.2 billion by the end of the decade.", "'$4.2 billion' is sourced only by 'is estimated'")]
    public void A_passive_estimate_by_no_body_is_still_vague(string text, string message) => Hedged(text, message);
}
