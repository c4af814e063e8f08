namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the forms style books abbreviate and never spell out (a unit after a figure, a state after a town, a code
/// in a results list, a time zone, a byline's outlet, a long headline) and on expansions written with a comma or a
/// possessive; beside each, the unexplained acronym that stays reported.
/// </summary>
public sealed class AcronymStyleFormTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Yoshinobu Yamamoto (2-1, 1.85 ERA in the postseason) is expected to start on Saturday.")]
    [InlineData("Dodgers left-hander Clayton Kershaw (6-2, 3.12 ERA) faces the Padres on Wednesday night.")]
    [InlineData("He is hitting .370 in the postseason with eight homers and 16 RBIs.")]
    [InlineData("Teoscar Hernandez added an RBI double in the eighth and finished with two hits.")]
    public void A_stat_after_a_figure_or_a_known_stat_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Some 200 KFRA officials raided the port on Friday.", "KFRA")]
    [InlineData("The budget rose by 3.5 percent. KFRA officials raided the port on Friday.", "KFRA")]
    public void An_acronym_after_a_count_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("He joined the Institute for Advanced Study in Princeton, N.J., in 1957.")]
    [InlineData("The strike closed the ports of Vancouver and Prince Rupert, B.C. on Monday.")]
    public void A_state_or_province_after_a_town_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The talks, led by the A.U. envoy, collapsed on Monday.", "A.U.")]
    [InlineData("He told reporters, K.F. officials had raided the port.", "K.F.")]
    public void Dotted_capitals_elsewhere_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void Country_codes_in_a_results_list_are_not_reported() =>
        Assert.Empty(Acronyms("Final standings: 1. Jorge Martin (ESP/Ducati) 508 pts, 2. Francesco Bagnaia (ITA/Ducati) 498, 3. Brad Binder (RSA/Honda) 217."));

    [Fact]
    public void A_country_code_before_a_seeding_in_a_results_line_is_not_reported() =>
        Assert.Empty(Acronyms("Results\nSingles final: Alexander Bublik (KAZ, 3) bt Karen Khachanov (2) 6-4 6-4."));

    [Fact]
    public void Capitals_before_a_year_in_brackets_are_still_reported() =>
        Assert.Equal(["KFRA"], Acronyms("The raid was ordered by the agency (KFRA, 2023) on Friday, officials said."));

    [Fact]
    public void A_region_after_a_datelines_place_is_not_reported() =>
        Assert.Empty(Acronyms("Brown and Pither claim Bathurst 1000 glory\n\nBATHURST, NSW — Will Brown and Scott Pither have won the Bathurst 1000 on Sunday."));

    [Fact]
    public void Capitals_after_a_datelines_place_and_before_a_verb_are_still_reported() =>
        Assert.Equal(["KFRA"], Acronyms("Port raided\n\nMOMBASA, KFRA officials raided the port on Friday."));

    [Fact]
    public void An_acronym_after_a_slash_or_in_brackets_with_words_is_still_reported() =>
        Assert.Equal(["KFRA"], Acronyms("The raid was ordered by the agency (KFRA/customs) on Friday, and the KFRA said little."));

    [Theory]
    [InlineData("The match starts at 2:30pm AEST.")]
    [InlineData("The match starts at 2:30 pm AEST.")]
    [InlineData("The match starts at 7pm AEDT on Saturday.")]
    public void A_time_zone_after_a_clock_time_with_am_or_pm_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void Capitals_after_a_word_ending_in_pm_are_still_reported() =>
        Assert.Equal(["KFRT"], Acronyms("Students sat the exam KFRT had set in March."));

    private const string Byline = "Census 2023: Auckland grows and fewer of us are religious\n\nPhil Pennington, RNZ\n\n";

    [Fact]
    public void The_outlet_named_in_its_own_byline_is_not_reported() =>
        Assert.Empty(Acronyms(Byline + "\"The numbers are robust,\" the statistician told RNZ.\n"));

    [Fact]
    public void Another_outlet_or_an_outlet_not_in_a_byline_is_still_reported() =>
        Assert.Equal(["TVNZ"], Acronyms(Byline + "\"The numbers are robust,\" the statistician told TVNZ.\n"));

    [Theory]
    [InlineData("General election count: live updates from the RDS as Dublin Bay South goes to a sixth count\n\nThe count resumed at the Royal Dublin Society at 9am.\n")]
    [InlineData("Miner's profit falls to five-year low as iron ore price slides at the WAIO unit, but dividend beats forecasts\n\nThe miner reported its weakest profit since 2020 as the Western Australia Iron Ore (WAIO) unit slowed.\n")]
    public void A_long_headline_is_display_copy(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("General election count: live updates from the NCC as Bay South goes to a sixth count\n\nThe count resumed at the NCC at 9am.\n")]
    [InlineData("Live updates from the NCC as Bay South goes to a sixth count and the tallymen wait for the result.\n\nThe count resumed at 9am.\n")]
    public void An_acronym_the_body_never_spells_out_or_in_a_punctuated_first_line_is_still_reported(string text) =>
        Assert.Equal(["NCC"], Acronyms(text));

    [Fact]
    public void An_expansion_in_brackets_may_hold_a_comma() =>
        Assert.Empty(Acronyms("The protest was organised by the fan groups NSNO (Not Sure, Not Obvious) and the Everton Fans' Forum."));

    [Fact]
    public void An_acronym_never_expanded_is_still_reported() =>
        Assert.Equal(["NSNO"], Acronyms("The protest was organised by the NSNO and the Everton Fans' Forum. The NSNO said the chants would go on."));

    [Fact]
    public void A_plural_possessive_in_a_name_gives_its_initial() =>
        Assert.Empty(Acronyms("He was one of eight generals of the People's Liberation Army who were expelled. \"Xi is telling the PLA that nobody is untouchable,\" Thompson said."));

    [Fact]
    public void A_plural_possessive_apostrophe_in_a_name_gives_its_initial() =>
        Assert.Empty(Acronyms("The National Farmers' Union has said the flooding was the worst in years. A spokesman for the NFU said crops were lost."));

    [Fact]
    public void A_singular_possessive_apostrophe_gives_no_initial() =>
        Assert.Equal(["NBU"], Acronyms("The National Boss' Union has said the flooding was the worst in years. A spokesman for the NBU said crops were lost."));

    [Fact]
    public void A_body_described_with_what_it_does_before_the_acronym_explains_it() =>
        Assert.Empty(Acronyms("Israel's military agency that oversees aid to Gaza, COGAT, said it had let hundreds of trucks in."));

    [Fact]
    public void A_body_described_by_what_it_did_before_the_acronym_is_reported() =>
        Assert.Equal(["COGAT"], Acronyms("Israel's military agency that oversaw aid to Gaza, COGAT, said it had let hundreds of trucks in."));

    [Fact]
    public void South_African_parties_are_known_in_a_South_African_story() =>
        Assert.Empty(Acronyms("The audit in Johannesburg was damning. \"ANC-run municipalities remain the problem,\" the DA said, while the EFF called for more powers."));

    [Fact]
    public void School_PE_and_REM_sleep_are_known() =>
        Assert.Empty(Acronyms("A retired PE teacher called Brian taught me to swim. Octopuses may have something like our own REM sleep."));

    [Fact]
    public void A_places_possessive_gives_no_initial() =>
        Assert.Equal(["KCNA"], Acronyms("The report came from North Korea's Central News Agency on Monday. The generals were told, KCNA said later, to obey."));

    [Fact]
    public void A_company_named_only_in_passing_may_recur() =>
        Assert.Empty(Acronyms("Temperatures were forecast to stay below normal, according to DTN meteorologists. Imports fell slightly last week, according to DTN data."));

    [Fact]
    public void A_name_that_recurs_and_once_acts_is_still_reported() =>
        Assert.Equal(["DTN"], Acronyms("Temperatures were forecast to stay below normal, according to DTN meteorologists. DTN said imports fell slightly last week."));

    [Theory]
    [InlineData("BYD founder and chairman Wang Chuanfu said on Monday the price war was unsustainable.")]
    [InlineData("The film follows a former IRA man who faked his own death.")]
    [InlineData("The BJP got 19 berths in the new cabinet.")]
    [InlineData("BHP has reported its weakest annual profit in five years.")]
    [InlineData("KTM's riders struggled all season. Acosta finished sixth in the championship for KTM's satellite team.")]
    public void Organisations_known_by_their_initials_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void An_agency_never_expanded_is_still_reported() =>
        Assert.Equal(["IAEA"], Acronyms("The IAEA said its inspectors had been refused entry. The agency's chief will visit on Monday."));
}
