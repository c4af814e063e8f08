namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures that are not claims, from unseen edited copy: an area, the onlookers the reporter sees, a product's
/// or a deal's terms, the writer's own bill, a cumulative market move, a company's own results, a votes count and dated
/// background; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class ScenesTermsAndMeasuresTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The national park covers almost 3,500 square kilometres of forest along the border.")]
    [InlineData("The reservoir holds about 400 cubic metres of water when full.")]
    public void An_area_or_a_volume_is_a_measurement(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("It is associated with a Bronze Age culture that flourished about 3,000 to 4,500 years ago.")]
    [InlineData("The wreck lies between about 2,000 and 3,000 metres down.")]
    public void A_range_closed_by_a_unit_is_a_measurement(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_range_of_people_is_still_a_claim() =>
        Assert.Contains("about 3,000", Figures("The culture flourished when about 3,000 to 4,500 people lived in the valley."));

    [Fact]
    public void A_count_of_homes_beside_an_area_is_still_a_claim() =>
        Assert.Contains("almost 3,500", Figures("Fires destroyed almost 3,500 homes along the border."));

    [Theory]
    [InlineData("The mayor cut the ribbon on the new footbridge on Saturday as about 300 residents looked on.")]
    [InlineData("The coffin was carried into the cathedral as more than 400 mourners watched in silence.")]
    [InlineData("Here at the finish line, several hundred fans and stewards are standing in the rain.")]
    [InlineData("The signing took place at a marae on Saturday, in front of several hundred iwi members and their whānau.")]
    [InlineData("The band played in front of about 5,000 fans in the rain.")]
    [InlineData("Fatima Adesanya married Tunde Babatunde-Coker, son of the former commissioner, before about 2,000 guests.")]
    public void The_crowd_the_reporter_sees_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("As about 300 residents were evacuated, the river burst its banks.", "about 300")]
    [InlineData("Several hundred fans were injured in the crush at the gates.", "Several hundred")]
    [InlineData("About 300 residents watched their homes burn and were later killed in the fire.", "About 300")]
    [InlineData("The band played in front of an estimated 40,000 fans in the rain.", "an estimated 40,000")]
    [InlineData("The river burst its banks before about 2,000 residents were evacuated.", "about 2,000")]
    [InlineData("Police in front of the embassy detained about 300 protesters.", "about 300")]
    public void A_toll_or_a_count_with_no_witness_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The lender's new two-year fix at 4.1% is only for buyers with a deposit of at least 25%.")]
    [InlineData("Under the agreement, the government will build three centres that could hold up to 5,000 people at a time.")]
    [InlineData("The new stadium, due to open in 2027, will seat about 60,000.")]
    public void A_term_of_a_product_or_a_deal_is_not_a_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("At least 25% of first-time buyers were turned down for a loan last year.", "At least 25%")]
    [InlineData("The camp holds about 5,000 people, many of them children.", "about 5,000")]
    public void A_count_of_people_now_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void The_writers_own_bill_is_a_price() =>
        Assert.Empty(Figures("Lunch for three with a bottle of wine came to about £180."));

    [Fact]
    public void A_bill_for_damage_is_still_a_claim() =>
        Assert.Contains("about £1,800", Figures("The damage came to about £1,800 a house, the worst in the street."));

    [Fact]
    public void A_cumulative_move_in_a_sentence_of_market_data_is_market_data() =>
        Assert.Empty(Figures("Shares of the retailer fell 3% in London on Tuesday, bringing their losses this year to about 30%."));

    [Fact]
    public void A_cumulative_figure_with_no_market_data_is_still_a_claim() =>
        Assert.Contains("about 30%", Figures("The retailer cut more jobs on Tuesday, bringing its losses this year to about 30%."));

    [Theory]
    [InlineData("The chipmaker now makes about 70% of its revenue from selling to cloud companies, up from about 45% in 2022.")]
    [InlineData("Iron ore output rose 4% in the year to just over 250 million tonnes.")]
    [InlineData("The Kingdom's crude production stood at about 9 million barrels per day during the quarter.")]
    [InlineData("After the recount, the two candidates were separated by fewer than 300 votes.")]
    public void A_company_result_or_an_election_count_is_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About 70% of the company's staff were laid off in the spring.", "About 70%")]
    [InlineData("About 30% of its staff now work from home, up from about 10% two years ago.", "about 10%")]
    [InlineData("About 250 million tonnes of grain rotted in storage.", "About 250 million")]
    [InlineData("Fewer than 300 voters turned out in the worst-hit wards.", "Fewer than 300")]
    [InlineData("By the end of the quarter, the death toll stood at about 9,000 people.", "about 9,000")]
    public void A_share_of_people_an_amount_lost_and_a_turnout_are_still_claims(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_past_event_dated_at_the_start_of_a_sentence_below_the_lede_is_background() =>
        Assert.Empty(Figures("A ferry capsized on the lake on Sunday, police said.\n\nIn 2016, more than 300 people drowned when a boat sank on the same lake."));

    [Fact]
    public void A_past_event_dated_at_the_start_of_the_lede_is_still_a_claim() =>
        Assert.Contains("more than 300", Figures("In 2016, more than 300 people drowned when a boat sank on the lake."));

    [Theory]
    [InlineData("The planet orbits a small star roughly 123 light years away.")]
    [InlineData("The galaxy lies about 2.5 million light-years from Earth.")]
    public void A_distance_in_light_years_is_a_measurement(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));
}
