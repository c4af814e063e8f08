namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on figures the copy derives from sourced data or that a subject's own act or announcement gives: arithmetic in a
/// list item, a phrasal "ticked up to", a run's opening sentence, a lede's near bound, the terms of an agreement or plan, a
/// body setting aside a sum and a majority in a chamber; and the claims of the same shape that stay reported.
/// </summary>
public sealed class DerivedAndAgreedFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    private static void Reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void The_writers_arithmetic_in_a_list_item_is_not_reported() =>
        Assert.Empty(Figures("• Gasoline averaged $2.41 a gallon in 2021 and $3.19 in 2025, according to AAA.\n• That is an increase of about 32%, not 100%."));

    [Fact]
    public void A_list_item_with_an_estimate_of_its_own_is_still_reported() =>
        Reported("• Gasoline averaged $2.41 a gallon in 2021, according to AAA.\n• About 32% of drivers paid more.", "About 32%");

    [Theory]
    [InlineData("The participation rate rose to 62.6%, and the employment-to-population ratio ticked up to 60.1%.")]
    [InlineData("The rate edged up to 4.3% in March.")]
    public void A_verb_that_takes_up_is_no_bound(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Up to 60% of the staff were laid off.", "Up to 60%")]
    [InlineData("The army moved up to 5,000 troops to the border.", "up to 5,000")]
    public void A_bound_up_to_is_still_reported(string text, string figure) => Reported(text, figure);

    private const string Sourced = "A total of 595,820 people were waiting at the end of September, according to the fund.\n\n";

    [Fact]
    public void An_earlier_value_behind_the_runs_opening_figure_takes_the_run() =>
        Assert.Empty(Figures(Sourced + "That is down from 632,400 at the end of January, a fall of 5.8%, and from a peak of more than 700,000 in early 2023."));

    [Theory]
    [InlineData(Sourced + "More than 700,000 were waiting in early 2023.", "More than 700,000")]
    [InlineData(Sourced + "About 300,000 were children, and more than 700,000 were waiting in early 2023.", "more than 700,000")]
    [InlineData("A total of 595,820 people were waiting at the end of September.\n\nThat is down from 632,400 in January and from more than 700,000 in early 2023.", "more than 700,000")]
    public void An_estimate_that_opens_a_paragraph_alone_or_after_an_estimate_or_unsourced_data_is_still_reported(string text, string figure) =>
        Reported(text, figure);

    private const string Below = "\n\nThe package adds 189 vessels to the list of ships banned from EU ports, according to a statement from the European Commission.";

    [Fact]
    public void A_lede_counting_more_of_the_same_thing_takes_the_figure_below() =>
        Assert.Empty(Figures("BRUSSELS, May 20 (Reuters) - The European Union adopted new sanctions on Tuesday, targeting nearly 200 more vessels in Russia's shadow fleet." + Below));

    [Fact]
    public void A_lede_near_bound_rounds_a_sourced_figure_further_down() =>
        Assert.Empty(Figures("The European Union adopted new sanctions on Tuesday, targeting nearly 200 tankers.\n\nThe measures take effect on Friday." + Below));

    [Fact]
    public void A_lede_near_bound_far_over_the_figure_below_is_still_reported() =>
        Reported("The European Union adopted new sanctions on Tuesday, targeting nearly 300 tankers.\n\nThe measures take effect on Friday." + Below, "nearly 300");

    [Theory]
    [InlineData("Russia and Ukraine have agreed to exchange 1,000 prisoners of war each, after their first direct talks in three years.")]
    [InlineData("Russia and Ukraine agree to swap 1,000 prisoners each after first direct talks in three years")]
    [InlineData("The ministry also set aside funds for drones, including a plan to train some 500,000 soldiers as drone operators by 2027.")]
    public void The_terms_of_an_agreement_or_plan_are_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Russia and Ukraine agreed to a truce after fighting that killed about 3,000 soldiers.", "about 3,000")]
    [InlineData("Russia and Ukraine have exchanged about 1,000 prisoners of war.", "about 1,000")]
    public void A_figure_outside_the_agreed_act_is_still_reported(string text, string figure) => Reported(text, figure);

    [Theory]
    [InlineData("The agreement also covers a separate $1.4 billion Resilience and Sustainability Facility (RSF), under which Pakistan will receive around $200 million for climate-related reforms.")]
    [InlineData("Brighton signed a new deal, under which the club will receive about £30m over five years.")]
    public void What_someone_will_receive_under_a_deal_is_one_of_its_terms(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Brighton signed a new deal, under which the club could receive about £30m over five years.", "about £30m")]
    [InlineData("The floods hit the north in July, after which Pakistan will receive around $200 million in aid.", "around $200 million")]
    public void What_someone_could_receive_or_receives_outside_a_deal_is_still_reported(string text, string figure) => Reported(text, figure);

    [Theory]
    [InlineData("The ministry also set aside 1.4 trillion won for drones and artificial intelligence-based weapons systems.")]
    [InlineData("The council has set aside about £3m to repair the bridge.")]
    public void A_sum_a_public_body_set_aside_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_sum_a_group_that_is_no_public_body_set_aside_is_still_reported() =>
        Reported("The rebels set aside about $5m for weapons.", "about $5m");

    [Fact]
    public void A_majority_in_a_chamber_is_not_reported() =>
        Assert.Empty(Figures("The reform passed a Congress in which Morena and its allies hold a two-thirds majority."));

    [Fact]
    public void A_majority_of_a_size_ending_its_phrase_is_not_reported() =>
        Assert.Empty(Figures("Labour has a working majority of more than 160, so the rebellion did not put the vote at risk."));

    [Fact]
    public void A_majority_of_a_counted_group_is_still_reported() =>
        Reported("The party won a majority of about 300 voters in the ward.", "about 300");

    [Theory]
    [InlineData("The House of Lords has begun detailed scrutiny of the bill, with more than 1,000 amendments tabled by peers.")]
    [InlineData("The legislature wrapped up its session after passing more than 800 bills in its final week.")]
    public void A_count_of_a_chambers_business_passed_or_tabled_is_its_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_count_of_bills_with_no_act_of_the_chamber_is_still_reported() =>
        Reported("More than 800 bills are still waiting for a hearing in the legislature.", "More than 800");

    [Fact]
    public void The_reach_of_an_order_its_subject_issued_is_the_issuers_count() =>
        Assert.Empty(Figures("Mackenzie County issued the evacuation order at 2 p.m. for Fort Vermilion and the surrounding rural area, affecting about 3,500 people."));

    [Fact]
    public void The_reach_of_an_order_with_no_issuer_is_still_reported() =>
        Reported("An evacuation order was issued for Fort Vermilion and the surrounding rural area, affecting about 3,500 people.", "about 3,500");

    [Fact]
    public void A_majority_of_a_group_is_still_reported() =>
        Reported("A two-thirds majority of voters oppose the plan.", "two-thirds");

    private const string Claim = "The Statement\n\n\"Australia let in a million migrants last year alone,\" a candidate wrote on X.\n\n";

    [Theory]
    [InlineData(Claim + "The bureau publishes its figures each quarter.\n\nThe total falls well short of a million.")]
    [InlineData(Claim + "The ABS figures show 667,000 arrivals. Even the arrivals figure falls well short of a million.")]
    [InlineData(Claim + "The Verdict\n\nThe claim that Australia let in a million migrants last year is false.")]
    public void A_figure_restating_a_sourced_claim_takes_its_source(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData(Claim + "The bureau publishes its figures each quarter.\n\nMore than a million people are on waiting lists for housing.", "More than a million")]
    [InlineData("The bureau publishes its figures each quarter.\n\nThe total falls well short of a million.", "a million")]
    public void A_figure_of_the_same_value_counting_something_else_or_with_nothing_sourced_before_is_still_reported(string text, string figure) => Reported(text, figure);

    [Theory]
    [InlineData("Menon won 16,412 votes, or 44.8 per cent, according to Elections Canada.\n\n"
        + "MacIsaac finished second with 10,583 votes, or 28.9 per cent, and Yuen was third with 7,241 votes, or 19.8 per cent. The other candidates together took about 6.5 per cent.")]
    [InlineData("The cap is £1,717 a year, according to Ofgem. At the peak a typical household paid £2,100 a year. Today's cap is about £383 lower.")]
    public void A_difference_or_remainder_of_the_figures_just_given_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Menon won 16,412 votes, or 44.8 per cent, according to Elections Canada.\n\n"
        + "MacIsaac finished second with 10,583 votes, or 28.9 per cent, and Yuen was third with 7,241 votes, or 19.8 per cent. About 12 per cent of ballots were spoiled.", "About 12 per cent")]
    [InlineData("The cap is £1,717 a year, according to Ofgem. At the peak a typical household paid £2,100 a year. Bills will rise by about £150 next year.", "about £150")]
    public void An_estimate_that_is_no_arithmetic_on_the_figures_just_given_is_still_reported(string text, string figure) => Reported(text, figure);

    private const string Breach = "Meta has been fined €251 million by the Data Protection Commission (DPC) over a 2018 security breach that exposed "
        + "the personal information of about 29 million Facebook users worldwide.\n\nThe breach stemmed from a flaw in the \"View As\" feature.\n\n";

    [Fact]
    public void A_part_of_a_whole_sourced_earlier_takes_its_source() =>
        Assert.Empty(Figures(Breach + "About 3 million of the affected users were in the EU and European Economic Area."));

    [Theory]
    [InlineData("The breach stemmed from a flaw in the \"View As\" feature.\n\nAbout 3 million of the affected users were in the EU.", "About 3 million")]
    [InlineData(Breach + "About 3 million of the affected homes lost power.", "About 3 million")]
    public void A_part_of_no_sourced_whole_or_of_something_else_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void A_part_of_an_exact_figure_after_of_which_breaks_it_down() =>
        Assert.Empty(Figures("- €1.2 billion in new funding, of which about €600 million is for the full-year cost of staff recruited in 2026"));

    [Fact]
    public void A_part_of_an_estimated_loss_after_of_which_is_still_reported() =>
        Reported("The storm caused €1.2 billion in damage, of which about €600 million was to farms.", "about €600 million");

    [Fact]
    public void A_share_of_the_total_after_an_exact_figure_breaks_it_down() =>
        Assert.Empty(Figures("Petrobras exported 812,000 bpd of crude in the quarter, with China taking about 40% of the total."));

    [Fact]
    public void A_rounded_entry_in_a_ranking_of_exact_figures_reads_the_same_table() =>
        Assert.Empty(Figures("Counter-Strike 2 was the most played game at the time, with 1.67 million concurrent players, followed by Dota 2 with about 800,000 and PUBG: Battlegrounds with 720,000."));

    [Fact]
    public void A_rounded_entry_with_no_exact_entry_after_it_is_still_reported() =>
        Reported("Counter-Strike 2 was the most played game at the time, with 1.67 million concurrent players, followed by Dota 2 with about 800,000.", "about 800,000");

    [Fact]
    public void A_share_of_the_total_after_an_estimate_is_still_reported() =>
        Reported("Smugglers moved about 800,000 bpd of crude in the quarter, with China taking about 40% of the total.", "about 40%");
}
