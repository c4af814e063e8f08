namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures a story does not claim itself: a dated past event below the lede, a fact-check's claim, a crowd the
/// reporter sees gather, a price per unit or of futures, the value of a deal.
/// </summary>
public sealed class BackgroundTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("A strong earthquake shook the island on Friday, officials said.\n\nThe region sits on a fault line. A magnitude 9.1 quake and the tsunami that followed killed about 230,000 people across the region in 2004.")]
    [InlineData("CLAIM: The state's voter rolls include more than 1 million dead people.\n\nTHE FACTS: Officials remove them every month.")]
    [InlineData("Claim: Thousands of ballots were cast in the names of dead voters.")]
    public void Background_and_a_claim_under_check_are_not_reported(string text) => Assert.Empty(Figures(text));

    private const string OutbreakLede = "KINSHASA, Sept 4 (Reuters) - Congo declared a new Ebola outbreak on Thursday, the health minister said.\n\n";

    [Fact]
    public void A_past_event_dated_by_a_closed_span_of_years_below_an_undated_lede_is_background() =>
        Assert.Empty(Figures(OutbreakLede + "It is the 16th outbreak since 1976. The worst, in North Kivu between 2018 and 2020, killed nearly 2,300 people."));

    [Theory]
    [InlineData("South Korea suffered its worst outbreak in 2010-11, when about 3.5 million animals were culled.")]
    [InlineData("The worst was in 2014-2016, when about 11,000 people died.")]
    public void A_past_event_dated_by_a_hyphenated_span_of_years_below_an_undated_lede_is_background(string body) =>
        Assert.Empty(Figures(OutbreakLede + body));

    [Fact]
    public void A_hyphenated_span_reaching_the_storys_latest_year_is_still_reported() =>
        Assert.NotEmpty(Figures(OutbreakLede + "The worst was in 2025-26, when about 3.5 million animals were culled. More culls are planned in 2026."));

    [Theory]
    [InlineData("KINSHASA, Sept 4 (Reuters) - Congo declared a new Ebola outbreak in 2020, the health minister said.\n\nThe worst, between 2018 and 2020, killed nearly 2,300 people.")]
    [InlineData(OutbreakLede + "The virus has killed nearly 2,300 people since 2018.")]
    public void A_span_in_a_dated_story_or_an_open_period_is_still_reported(string text) =>
        Assert.NotEmpty(Figures(text));

    private const string MetroLede = "The first section of the metro's second phase is expected to open next year, officials said on Tuesday.\n\n";

    private const string SanctionedCost = "The second phase, sanctioned by the cabinet in October 2024 at an estimated cost of ₹63,246 crore, has three corridors.";

    [Theory]
    [InlineData("Published : January 14, 2026 10:42 IST | Updated : January 14, 2026 11:05 IST\n\n" + MetroLede + SanctionedCost)]
    [InlineData("Updated: 2026-03-11 09:12\n\n" + MetroLede + SanctionedCost)]
    public void A_page_date_field_does_not_make_the_storys_only_dated_event_recent(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_later_year_in_the_storys_own_copy_still_makes_the_event_recent() =>
        Assert.Contains(Figures(MetroLede + "Trains will run from 2026.\n\n" + SanctionedCost), m => m.StartsWith("'₹63,246 crore'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Floods killed more than 200 people in 2024.", "more than 200")]
    [InlineData("Heavy rain fell on Friday.\n\nFighting has killed more than 5,000 people since 2023.", "more than 5,000")]
    [InlineData("The storm hit in 2025.\n\nThe floods killed more than 200 people in 2024.", "more than 200")]
    [InlineData("The claim spread online. More than 1 million dead people remain on the rolls.", "More than 1 million")]
    public void A_lede_an_open_period_a_recent_year_and_a_plain_claim_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Police closed the road.\n\nHundreds of the senator's supporters gathered outside the court on Friday.")]
    [InlineData("Coffee prices on world markets hit a record of more than $4,000 a tonne in February before falling back.")]
    [InlineData("Oil was steady. Brent was at about $64 a barrel and gold at about $4,000 an ounce.")]
    [InlineData("Demand slowed in the spring. Benchmark futures in London traded at about $5,900 on Friday.")]
    public void A_crowd_seen_and_a_price_are_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Police closed the road.\n\nHundreds of people were arrested after the protest.", "Hundreds")]
    [InlineData("The mine produced about 650,000 tonnes of ore, enough to fill the port.", "about 650,000")]
    [InlineData("Heavy rain fell.\n\nThe storm caused about $5,900 of damage to each home in the town.", "about $5,900")]
    public void Arrests_an_output_and_a_cost_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("The government signed a deal with a Gulf investor worth $35 billion to develop the coast.")]
    [InlineData("The shipyard won a contract worth $2.5 billion to build six frigates.")]
    [InlineData("The deal, worth $525 million, will pay for public housing units in communities across the territory.")]
    [InlineData("Under the jeonse system, tenants pay a lump-sum deposit, often worth 50% to 80% of a property's value, instead of monthly rent.")]
    public void The_value_of_a_deal_or_of_a_products_terms_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The storm destroyed crops worth $35 billion across the region.", "$35 billion")]
    [InlineData("Under the deal, the army seized weapons worth $2.5 billion from the rebels.", "$2.5 billion")]
    [InlineData("The paintings, worth $525 million, have never been recovered.", "$525 million")]
    [InlineData("Thieves took jewellery, often worth 50% to 80% of a home's contents, from the flats.", "50%")]
    public void Other_things_worth_a_sum_are_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_sentence_dated_from_the_background_sentence_before_it_is_background() =>
        Assert.Empty(Figures("She died on Monday, in 2026, aged 91.\n\nIn 1961 she went back to Ibadan to run a training school. "
            + "Over the next 16 years she and her colleagues trained more than 3,000 midwives."));

    [Theory]
    [InlineData("She died on Monday, in 2026, aged 91.\n\nIn 2025 she went back to Ibadan. Over the next year she trained more than 3,000 midwives.")]
    [InlineData("She died on Monday, in 2026, aged 91.\n\nIn 1961 she went back to Ibadan. She trained more than 3,000 midwives there in 2025.")]
    [InlineData("She went back to Ibadan in 1961.\n\nThe school is closing in 2026. Over the next year more than 3,000 midwives will lose their jobs.")]
    public void A_sentence_dated_recently_or_not_dated_from_the_sentence_before_is_still_reported(string text) =>
        Assert.Contains(Figures(text), m => m.StartsWith("'more than 3,000'", StringComparison.Ordinal));
}
