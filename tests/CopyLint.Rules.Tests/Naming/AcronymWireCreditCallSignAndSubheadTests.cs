namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on names that are no acronym to spell out: a wire agency's credit in its dateline, a US state after a town at
/// the head of a line, a US broadcast call sign the story uses as its station's name, acronyms local readers know, and a
/// spelling-out in a sentence-case subhead or list item; beside each, the unexplained acronym that stays reported.
/// </summary>
public sealed class AcronymWireCreditCallSignAndSubheadTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("RBA holds cash rate\n\nBy Poppy Johnston\n\nSYDNEY, Nov 26 AAP - The Reserve Bank has left the cash rate on hold.\n")]
    [InlineData("Fire warning\n\nMELBOURNE, Dec 19 AAP - Firefighters are battling a blaze near Gippsland.\n")]
    [InlineData("Flood quotes soar\n\nLISMORE, March 3 AAP - LISMORE, March 3 AAP - Homeowners are being quoted more for cover.\n")]
    public void A_wire_agency_credited_in_its_dateline_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Fire warning\n\nMELBOURNE, Dec 19 AAP - The KFRA said firefighters were battling a blaze.\n", "KFRA")]
    [InlineData("Fire warning\n\nFirefighters said on Dec 19 KFRA - the fire agency - was stretched.\n", "KFRA")]
    public void An_acronym_in_the_copy_after_the_dateline_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Fact]
    public void A_state_after_a_dateline_town_at_the_head_of_a_line_is_not_reported() =>
        Assert.Empty(Acronyms("Wake County board approves earlier start\n\nBy Keung Hui, education reporter\n\n"
            + "RALEIGH, N.C. — The Wake County school board voted 6-3 Tuesday to start the school year on Aug. 11.\n"));

    [Fact]
    public void Dotted_capitals_after_a_lower_case_word_are_still_reported() =>
        Assert.Contains("K.F.", Acronyms("Board votes\n\nThe board said the rule, K.F. officials said, was settled.\n"));

    [Theory]
    [InlineData("Heat index nears 105\n\nCHICAGO — The city opened six cooling centers Monday.\n\nWGN meteorologist Paul Merzlock said lows would stay in the upper 70s.\n")]
    [InlineData("Man dead after shooting\n\nDES MOINES, Iowa — A man died after being shot late Saturday.\n\nKCCI crews saw several evidence markers.\n\nHis sister told KCCI he worked at a warehouse.\n")]
    public void A_call_sign_used_as_its_stations_name_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Test launch\n\n\"The test was a success,\" a spokesman told KCNA.\n", "KCNA")]
    [InlineData("Port raid\n\nThe KFRA reporter was not at the port on Friday.\n", "KFRA")]
    [InlineData("Port raid\n\nKFRA officials raided the port on Friday.\n", "KFRA")]
    public void A_call_sign_shape_named_otherwise_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("Defence admits workforce target will be missed\n\nCANBERRA — Australia's AUKUS partnership with the US and Britain is expected to cost up to $368bn.\n\nThe agency has funded 4,000 university places in STEM and nuclear disciplines.\n")]
    [InlineData("Bus stop barriers\n\nBOSTON — A Boston city councilor said he had asked the MBTA to look at adding barriers at bus stops.\n")]
    [InlineData("Inversion traps pollution\n\nSALT LAKE CITY — Officials urged residents across Utah to ride transit, and UTA fares will be free on Friday.\n")]
    public void Acronyms_local_readers_know_are_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_local_acronym_outside_its_place_is_still_reported() =>
        Assert.Contains("MBTA", Acronyms("Bus stop barriers\n\nLONDON — A councillor said he had asked the MBTA to look at adding barriers.\n"));

    [Theory]
    [InlineData("Planning round-up\n\n2. House in multiple occupation, Bournbrook Road - refused\n\nA plan to convert a family home into a seven-bed HMO was refused.\n")]
    [InlineData("Planning round-up\n\nHouse in multiple occupation, Bournbrook Road - refused\n\nA plan to convert a family home into a seven-bed HMO was refused.\n")]
    [InlineData("Planning round-up\n\nThe council discussed a house in multiple occupation on Bournbrook Road.\n\nA plan to convert a family home into a seven-bed HMO was refused.\n")]
    public void A_spelling_out_in_sentence_case_before_is_an_expansion(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Planning round-up\n\nA plan to convert a family home into a seven-bed HMO was refused.\n\n2. House in multiple occupation, Bournbrook Road - refused\n")]
    [InlineData("Planning round-up\n\n2. Homes in Moseley - refused\n\nA plan to convert a family home into a seven-bed HMO was refused.\n")]
    public void A_spelling_out_after_or_a_phrase_that_does_not_spell_it_is_still_reported(string text) => Assert.Contains("HMO", Acronyms(text));

    [Fact]
    public void A_wire_agency_credited_after_a_title_case_place_and_date_is_not_reported_anywhere() =>
        Assert.Empty(Acronyms("Meningitis cases rise\n\nBolgatanga, Nov 25, GNA - The regional health directorate has recorded 147 suspected cases.\n\n"
            + "He said 38 had been confirmed.\n\nGNA\n"));

    [Fact]
    public void Another_acronym_after_a_title_case_dateline_is_still_reported() =>
        Assert.Equal(["KFRA"], Acronyms("Meningitis cases rise\n\nBolgatanga, Nov 25, GNA - The KFRA has recorded 147 suspected cases.\n\nGNA\n"));

    [Theory]
    [InlineData("Deer herd destroyed\n\nST. PAUL — The Minnesota board has ordered the destruction of a herd.\n")]
    [InlineData("Deer herd destroyed\n\nMT. PLEASANT, S.C. (AP) — The board has ordered the destruction of a herd.\n")]
    public void A_capitals_dateline_opening_with_an_abbreviated_word_is_not_reported(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void An_acronym_after_an_abbreviated_dateline_is_still_reported() =>
        Assert.Equal(["KFRA"], Acronyms("Deer herd destroyed\n\nST. PAUL — The KFRA has ordered the destruction of a herd.\n"));
}
