namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on background in Asian press copy: the traded value of a session's volume in a Bursa wrap, a place's people
/// after "home to" in apposition, a metropolitan area's size, a count of licences beside the body that grants them, and
/// the size band of a rule; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class MarketWrapPopulationAndRuleBandTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Turnover rose to 3.12 billion units worth RM2.96bil from 2.87 billion units worth RM2.51bil on Monday.")]
    [InlineData("The Main Market volume increased to 1.95 billion units worth RM2.71bil from 1.78 billion units worth RM2.27bil on Monday.")]
    public void The_value_of_a_sessions_traded_volume_is_the_exchanges_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_holdings_worth_outside_a_turnover_sentence_is_still_a_claim() =>
        Assert.Contains("10 million", Figures("He sold 10 million shares worth RM25mil to a fund last year."));

    [Theory]
    [InlineData("Jakarta, home to more than 10 million people, is also sinking, with parts of the north subsiding.")]
    [InlineData("One MRT line of 16 kilometers cannot serve a metropolitan area of more than 30 million people.")]
    public void A_places_people_in_apposition_or_after_of_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The camps, home to more than 50,000 people, flooded overnight.", "more than 50,000")]
    [InlineData("Jakarta has more than 10 million people, most of them on the coast.", "more than 10 million")]
    public void A_camps_people_or_a_places_people_as_its_predicate_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_count_of_licences_beside_the_body_that_grants_them_is_sourced() =>
        Assert.Empty(Figures("Ramadan bazaars are back, with more than 1,500 stalls licensed by Kuala Lumpur City Hall (DBKL) alone this year."));

    [Fact]
    public void A_count_of_licences_with_no_body_named_is_still_a_claim() =>
        Assert.Contains("more than 1,500", Figures("Ramadan bazaars are back, with more than 1,500 stalls licensed this year alone."));

    [Fact]
    public void A_bound_on_any_one_thing_a_rule_applies_to_is_no_count() =>
        Assert.Empty(Figures("Under the revised law, an independent candidate in a province with fewer than 2 million voters must now collect more signatures."));

    [Fact]
    public void A_bound_on_one_thing_with_no_rule_is_still_a_claim() =>
        Assert.Contains("more than 2 million", Figures("Floods hit a province with more than 2 million voters on Sunday."));

    [Theory]
    [InlineData("Popular with office workers, this bazaar has about 200 stalls along Jalan Wan Kadir.")]
    [InlineData("One of the largest bazaars in Selangor, with more than 300 stalls.")]
    [InlineData("The island has more than 600 hotels and resorts with about 30,000 rooms.")]
    [InlineData("The city has about 7 million motorbikes and 1.1 million cars.")]
    [InlineData("The Federal Land Development Authority was set up in 1956. It now has about 112,000 settlers, most of them in their 60s.")]
    public void What_a_place_or_scheme_has_standing_in_it_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The fire destroyed about 200 stalls along Jalan Wan Kadir.", "about 200")]
    [InlineData("The bazaar has lost about 200 stalls since the pandemic.", "about 200")]
    [InlineData("About 200 stalls were damaged in the storm.", "About 200")]
    [InlineData("The scheme lost about 112,000 settlers in a decade.", "about 112,000")]
    public void Stalls_or_settlers_lost_or_destroyed_are_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
