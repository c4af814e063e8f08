using CopyLint.Engine;

namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures from unseen sport and lifestyle copy that measure or describe rather than claim: a road's gradient,
/// the moon's phase, a crowd "a little over" a figure, a rule's limit under "the norms", a shop's range and a shelf
/// price; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class GradientShelfAndHoldingTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The stage finishes on a 1.8km ramp with sections at more than 25 per cent.")]
    [InlineData("The final climb has gradients of up to 18%, and the descent is technical.")]
    public void A_gradient_is_a_measurement(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The climb was brutal, and more than 25 per cent of the riders abandoned.", "more than 25 per cent")]
    [InlineData("On the slopes, more than 25 per cent of skiers were injured.", "more than 25 per cent")]
    [InlineData("Rents rose sharply, a climb of more than 25 per cent.", "more than 25 per cent")]
    public void A_share_of_riders_or_prices_beside_a_slope_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void The_lit_part_of_the_moon_is_an_ephemeris_fact() =>
        Assert.Empty(Figures("This year the moon is a waning crescent, about 30 per cent illuminated, and will not rise until after 2 a.m."));

    [Fact]
    public void A_share_of_a_city_destroyed_is_still_a_claim() =>
        Assert.Contains("about 30 per cent", Figures("The old town was about 30 per cent destroyed in the shelling."));

    [Fact]
    public void A_crowd_a_little_over_a_figure_is_the_crowd_of_record() =>
        Assert.Empty(Figures("The crowd of a little over 6,000 who stayed past midnight gave both players a standing ovation."));

    [Fact]
    public void A_little_over_a_figure_of_people_killed_is_still_a_claim() =>
        Assert.Contains("A little over 6,000", Figures("A little over 6,000 people were killed in the fighting."));

    [Fact]
    public void A_limit_under_the_norms_is_the_rules() =>
        Assert.Empty(Figures("Under the norms, wheat with moisture content of up to 12 per cent is purchased at full price."));

    [Theory]
    [InlineData("The norms are unfair, and up to 12 per cent of the crop is wasted.")]
    [InlineData("Under the norms, farmers have lost up to 12 per cent of their income.")]
    public void A_share_the_norms_do_not_set_is_still_a_claim(string text) => Assert.Contains("up to 12 per cent", Figures(text));

    [Theory]
    [InlineData("Each store will carry a curated selection of about 150 items and offer free alterations.")]
    [InlineData("The airline has a growing fleet of about 150 aircraft.")]
    public void A_shops_own_range_is_its_own_background(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_selection_that_is_not_owned_is_still_a_claim() =>
        Assert.Contains("about 150", Figures("Police seized a selection of about 150 stolen phones."));

    [Fact]
    public void A_holding_of_weapons_behind_a_modifier_is_still_a_claim() =>
        Assert.Contains("more than 150", Figures("The militia has a growing fleet of more than 150 drones."));

    [Fact]
    public void A_shelf_price_is_a_price() =>
        Assert.Empty(Figures("A bottle typically costs £30 to £40, and prestige cuvées can sell for more than £100."));

    [Fact]
    public void A_sale_above_a_retail_price_is_still_a_claim() =>
        Assert.Contains("more than £2m", Figures("The stolen painting could sell for more than £2m at auction."));

    [Fact]
    public void The_trees_that_grow_in_a_place_describe_it() =>
        Assert.Empty(Figures("More than 2,000 apple, peach, pear, cherry and apricot trees grow along the river, and visitors can pick fruit."));

    [Theory]
    [InlineData("More than 2,000 apple and cherry trees that grew along the river were destroyed in the fire.")]
    [InlineData("More than 2,000 people grow increasingly angry at the delays.")]
    public void Trees_destroyed_or_people_growing_angry_are_still_a_claim(string text) => Assert.Contains("More than 2,000", Figures(text));

    private static string[] Hedged(string text) => [.. RuleHarness.Lint(text, "CL3002").Select(d => d.Message.Split('\'')[1])];

    [Fact]
    public void A_passive_estimate_just_after_a_named_source_is_that_sources() =>
        Assert.Empty(Hedged("Laos remains the most contaminated country in the world, according to the Monitor. Millions of unexploded bomblets are estimated to remain there."));

    [Theory]
    [InlineData("Millions of unexploded bomblets are estimated to remain there.")]
    [InlineData("Laos remains the most contaminated country in the world, according to the Monitor. Millions of unexploded bomblets reportedly remain there.")]
    [InlineData("Laos remains the most contaminated country, it is understood. Millions of unexploded bomblets are estimated to remain there.")]
    public void A_passive_estimate_with_no_named_source_before_or_another_hedge_is_still_vague(string text) => Assert.Contains("Millions", Hedged(text));

    [Fact]
    public void With_scope_claims_a_passive_just_after_a_named_source_is_still_that_sources()
    {
        var settings = LintSettings.Default with
        {
            RuleOptions = new Dictionary<string, RuleOptions> { ["CL3002"] = new(new Dictionary<string, OptionValue> { ["scope"] = OptionValue.Of("claims") }) },
        };
        const string Sourced = "Laos remains the most contaminated country, according to the Monitor. Bomblets are estimated to remain in most provinces.";
        const string Hedged = "Laos remains the most contaminated country. Bomblets are estimated to remain in most provinces.";

        Assert.DoesNotContain(RuleHarness.Lint(Sourced, settings), d => d.Id == "CL3002");
        Assert.Contains(RuleHarness.Lint(Hedged, settings), d => d.Id == "CL3002");
    }
}
