namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 left alone: a past event dated "of February 2010" below the lede, a reviewer's bill ("About £560 for
/// two", "worth every penny") and an agentless passive reaching into the next sentence (CL3001, CL3002).
/// </summary>
public sealed class DatedEventBillAndPassiveReachTests
{
    private static string[] Messages(string text, string rule) => [.. RuleHarness.Lint(text, rule).Select(d => d.Message)];

    private const string QuakeLede = "A strong earthquake shook central Chile on Tuesday, the country's seismological service said.\n\n";

    [Theory]
    [InlineData(QuakeLede + "Chile is very active. The magnitude 8.8 earthquake of February 2010 and the tsunami that followed killed more than 500 people.")]
    [InlineData(QuakeLede + "Chile is very active. An earthquake in February 2010 killed more than 500 people.")]
    public void A_past_event_dated_by_month_and_year_below_the_lede_is_background(string text) => Assert.Empty(Messages(text, "CL3001"));

    [Theory]
    [InlineData("The earthquake of February 2010 killed more than 500 people, and aftershocks went on for weeks.")]
    [InlineData(QuakeLede + "Since February 2010 more than 500 people have been killed in earthquakes in the region.")]
    [InlineData(QuakeLede + "The industry has cut more than 500 jobs since the end of February 2010.")]
    [InlineData(QuakeLede + "The industry has cut an estimated 35,000 jobs since the start of 2010.")]
    public void A_lede_an_open_period_and_a_period_bound_are_still_reported(string text) => Assert.NotEmpty(Messages(text, "CL3001"));

    [Theory]
    [InlineData("The sommelier steered us to a bottle of Juyondai for £140 that was worth every penny.")]
    [InlineData("The room is lovely.\n\nAbout £560 for two, with drinks and service.")]
    [InlineData("The room is lovely.\n\nAbout £360 for four people, with wine.")]
    public void A_reviewers_bill_is_not_reported(string text) => Assert.Empty(Messages(text, "CL3001"));

    [Theory]
    [InlineData("The gang took jewellery worth £140,000 from the shop.", "'£140,000'")]
    [InlineData("The upgrade will cost about £5bn for two years.", "'about £5bn'")]
    [InlineData("The ministry paid about £50,000 for two helicopters that were worth less.", "'about £50,000'")]
    public void A_valuation_and_a_sum_for_something_else_are_still_reported(string text, string figure) =>
        Assert.Contains(Messages(text, "CL3001"), m => m.StartsWith(figure, StringComparison.Ordinal));

    [Fact]
    public void A_passive_with_its_own_subject_does_not_hedge_the_next_sentence() =>
        Assert.DoesNotContain(
            Messages("A self-portrait sold for $48.2 million at Sotheby's on Tuesday, the auction house said.\n\n"
                + "The painting had been estimated to sell for $30 million to $40 million. After a bidding contest of nearly nine minutes, "
                + "the hammer came down at $42 million.", "CL3002"),
            m => m.StartsWith("'$42 million'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The total cost of the project has been estimated at about $6 billion by the World Bank.")]
    [InlineData("The damage was put at about $2 billion by the Asian Development Bank.")]
    public void A_passive_naming_its_agent_after_the_figure_is_sourced(string text) => Assert.Empty(Messages(text, "CL3002"));

    [Theory]
    [InlineData("The total cost of the project has been estimated at about $6 billion by March.")]
    [InlineData("The total cost of the project has been estimated at about $6 billion by some.")]
    public void A_passive_whose_by_names_a_date_or_no_one_still_hedges(string text) =>
        Assert.Contains(Messages(text, "CL3002"), m => m.StartsWith("'about $6 billion'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Rain fell all week.\n\nIt is estimated that about 500 people died in the flooding. Another 300 people are missing.", "CL3002")]
    [InlineData("Rain fell all week.\n\nIt has been estimated that about 500 people died in the flooding. Another 300 people are missing.", "CL3002")]
    [InlineData("Rain fell all week.\n\nAbout 500 people are estimated to have died in the flooding. Another 300 people are missing.", "CL3001")]
    public void A_framing_passive_still_hedges_the_next_sentence_and_a_toll_it_leaves_is_unsourced(string text, string rule) =>
        Assert.Contains(Messages(text, rule), m => m.StartsWith("'300'", StringComparison.Ordinal));
}
