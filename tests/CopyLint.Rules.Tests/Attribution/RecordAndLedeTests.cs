namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 across sentences and paragraphs: market moves after market data, and ledes detailed just below.</summary>
public sealed class RecordAndLedeTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Shares of the company rose 3% on the Nasdaq. Apple has gained about 30% over the past year.")]
    [InlineData("The bank's shares fell 2.1% in Hong Kong. They have risen about 40% over the past year.")]
    [InlineData("The pound rose 0.3% against the dollar. It has gained about 2% since the start of the year.")]
    public void A_move_after_market_data_is_market_data(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Apple has gained about 30% over the past year.", "about 30%")]
    [InlineData("Shares of the company rose 3% on the Nasdaq. About 30% of its staff are in California.", "About 30%")]
    [InlineData("Shares of the company rose 3%.\n\nCrime has risen about 30% over the past year.", "about 30%")]
    public void A_move_without_market_data_just_before_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("A retrospective of Frida Kahlo opens in Madrid next week with nearly 200 paintings and drawings.")]
    [InlineData("The show brings together more than 120 sculptures by Barbara Hepworth, some lent by her family.")]
    [InlineData("The show brings together about 270 works by the artist, made between the early 1950s and his death.")]
    [InlineData("The museum holds more than 4,000 objects from the city's Roman past.")]
    public void The_works_in_a_show_are_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void Objections_on_a_planning_file_are_a_matter_of_record() =>
        Assert.Empty(Figures("The scheme for a new supermarket drew more than 250 objections from neighbours."));

    [Fact]
    public void People_counted_beside_it_are_still_reported() =>
        Assert.Contains(Figures("More than 250 residents were evacuated from their homes."), m => m.StartsWith("'More than 250'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The best cash Isas pay up to 5.1%, though most require notice.")]
    [InlineData("Some older accounts are paying less than 0.5% interest.")]
    public void The_rate_a_product_pays_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Renters pay about 30% of their income on housing.", "about 30%")]
    [InlineData("Households are paying about 20% more for energy than a year ago.", "about 20%")]
    public void A_share_paid_that_runs_on_is_still_a_claim(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_timeline_entry_is_dated_by_its_year_label()
    {
        var figures = Figures("Timeline of the disasters\n\n2004: A tsunami strikes the coast. About 230,000 people are killed.\n\n"
            + "2025: An earthquake strikes the same coast. About 5,000 people are killed.");

        Assert.Equal(["About 5,000"], figures.Select(m => m.Split('\'')[1]));
    }

    [Fact]
    public void A_public_budget_is_a_matter_of_record() =>
        Assert.Empty(Figures("The police commissioner sets a budget of nearly £700 million for the force each year."));

    [Theory]
    [InlineData("Under the new rules, clubs' losses are capped at £60m a season.")]
    [InlineData("Premier League rules limit a club's losses to £105m over three years.")]
    public void A_limit_set_by_rules_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void Losses_that_are_not_a_limit_are_still_reported() =>
        Assert.Contains(Figures("The club's losses reached £105m over three years."), m => m.StartsWith("'£105m'", StringComparison.Ordinal));

    [Fact]
    public void The_record_window_counts_back_from_the_approximator() =>
        Assert.Empty(Figures("Celtic signed Maeda from the Japanese club Yokohama for about £1.5m."));

    [Theory]
    [InlineData("Tens of thousands of mourners queued along the Mall to see the coffin.")]
    [InlineData("Hundreds of fans packed the square outside the town hall on Sunday.")]
    public void A_crowd_the_reporter_sees_needs_no_source(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Around 100 people queued outside the court from early morning to secure seats in the public gallery.")]
    [InlineData("About 200 fans lined the road outside the ground.")]
    public void A_queue_small_enough_to_count_at_a_glance_needs_no_source(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Thousands of people were killed in the fighting.", "Thousands")]
    [InlineData("About 40,000 people lined the route of the parade.", "About 40,000")]
    [InlineData("About 200 people marched to the court to protest.", "About 200")]
    [InlineData("About 200 people queued for hours and were later injured in the crush.", "About 200")]
    [InlineData("The helpline drew more than 4,000 complaints in its first week.", "more than 4,000")]
    [InlineData("The new law drew more than 4,000 people to the streets of the capital.", "more than 4,000")]
    [InlineData("About 10,000 people attended the rally outside parliament on Saturday.", "About 10,000")]
    [InlineData("The film had its world premiere on Saturday, watched by an estimated 4,000.", "an estimated 4,000")]
    [InlineData("An estimated 69,000 fans attended the game at Lincoln Financial Field.", "An estimated 69,000")]
    public void Crowd_claims_that_are_not_seen_or_are_exact_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("A crowd of about 50,000 watched the final on Sunday.")]
    [InlineData("The film had its world premiere on Saturday to a sold-out audience of about 4,000.")]
    [InlineData("The stadium, with a capacity of about 60,000, was full.")]
    [InlineData("The derby at the same ground last season drew more than 41,000, and both sides were fined for crowd trouble.")]
    [InlineData("Their last meeting at Hampden attracted about 48,000.")]
    [InlineData("About 150 riders, walkers and local residents attended the opening on Saturday.")]
    [InlineData("On Saturday, about 300 people attended the funeral in the village church.")]
    public void The_size_of_a_crowd_or_venue_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The King and Queen have hosted the first garden party of the summer at Buckingham Palace, welcoming about 8,000 guests to the gardens.")]
    [InlineData("The King has hosted a reception at Buckingham Palace for British South Asian communities.\n\nAbout 400 guests, including business leaders, entertainers, athletes and community volunteers, attended the event on Wednesday evening.")]
    [InlineData("The Duke of Edinburgh has hosted a gold award ceremony at the palace. He congratulated about 500 award holders in the gardens on Tuesday.")]
    public void A_guest_count_at_an_event_whose_host_is_named_is_the_host_s_list(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The couple hosted a lavish party at their Cheshire home for an estimated 250 guests.", "an estimated 250")]
    [InlineData("The couple married at a country house in Cheshire on Saturday, with about 300 guests.", "about 300")]
    [InlineData("The club hosted a fun day at the ground, and about 8,000 fans turned up.", "about 8,000")]
    public void A_guest_count_with_no_host_named_or_called_estimated_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_crowd_nearby_does_not_cancel_a_hedge()
    {
        var diagnostic = Assert.Single(RuleHarness.Lint("Sinner, who won in front of a home crowd, reportedly earned around $5 million from the event.", "CL3001", "CL3002"));

        Assert.Equal(("CL3002", "'around $5 million' is sourced only by 'reportedly': name who says so"), (diagnostic.Id, diagnostic.Message));
    }

    [Fact]
    public void A_lede_counting_people_is_sourced_only_by_people_counted_for_the_same_claim_below()
    {
        const string forced = "Floods have forced an estimated 40,000 people from their homes in Kenya.\n\nThe Kenya Red Cross said at least 12 people were missing.";
        const string displaced = "Floods have displaced an estimated 40,000 people in Kenya.\n\nThe Kenya Red Cross said more than 38,000 people had been displaced.";

        Assert.Contains(Figures(forced), m => m.StartsWith("'an estimated 40,000'", StringComparison.Ordinal));
        Assert.Empty(Figures(displaced));
    }

    [Fact]
    public void An_estimate_of_people_beside_a_show_is_still_reported() =>
        Assert.Contains(Figures("More than 250 prints are on display, and about 40,000 visitors came in the first week."), m => m.StartsWith("'about 40,000'", StringComparison.Ordinal));

    [Fact]
    public void A_lede_figure_detailed_and_sourced_in_the_next_paragraph_is_sourced()
    {
        var text = "PARIS (AFP) — Police arrested hundreds of protesters across France on Thursday.\n\n"
            + "The interior ministry said officers had arrested more than 300 protesters, most of them in Paris.";

        Assert.Empty(Figures(text));
    }

    [Theory]
    [InlineData("Police arrested hundreds of protesters across France on Thursday.\n\nOfficers arrested more than 300 protesters in Paris.")]
    [InlineData("Police arrested hundreds of protesters across France on Thursday.\n\nThe ministry said officers had detained more than 300 journalists.")]
    [InlineData("The minister spoke on Monday.\n\nPolice arrested hundreds of protesters across France.\n\nThe ministry said officers had arrested more than 300 protesters.")]
    public void Only_a_sourced_figure_of_the_same_thing_below_a_lede_sources_it(string text) =>
        Assert.Contains(Figures(text), m => m.StartsWith("'hundreds'", StringComparison.Ordinal));

    [Fact]
    public void A_lede_estimate_that_rounds_a_sourced_figure_below_is_sourced()
    {
        var text = "Buyers in Sydney were more selective at the weekend, although more than two-thirds of homes taken to auction still sold.\n\n"
            + "Domain recorded a preliminary clearance rate of 68.4 per cent across Sydney, down from 71.2 per cent the previous weekend.";

        Assert.Empty(Figures(text));
    }

    [Theory]
    [InlineData("Buyers were more selective at the weekend, although more than two-thirds of homes taken to auction still sold.\n\nDomain recorded a clearance rate of 58.4 per cent.")]
    [InlineData("Buyers were more selective at the weekend, although more than two-thirds of homes taken to auction still sold.\n\nThe clearance rate was 68.4 per cent.")]
    public void A_lede_estimate_is_not_sourced_by_another_figure_or_an_unsourced_one_below(string text) =>
        Assert.Contains(Figures(text), m => m.StartsWith("'more than two-thirds'", StringComparison.Ordinal));
}
