namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on sums a sentence sources by its own words: a public body's act of record, a bracketed conversion,
/// a scheme's entitlement and a project's cost of record; and the estimates of the same shape that stay claims.
/// </summary>
public sealed class ActOfRecordTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001", "CL3002").Select(d => d.Message)];

    private static void Reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("Congress approved about $190 billion in ESSER money across three relief packages in 2020 and 2021.")]
    [InlineData("NEW DELHI, 19 September — India's cabinet on Wednesday approved Chandrayaan-4, a mission to bring rock and soil samples back from the Moon, at a cost of ₹2,104 crore (about $250 million).")]
    [InlineData("The city council has allocated about £3m to repair the bridge.")]
    [InlineData("The Land Transport Authority (LTA) ordered more than $400 million of electric buses.")]
    public void A_sum_a_public_body_approved_or_allocated_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Rebels bought about $5m of weapons from the smugglers.", "about $5m")]
    [InlineData("The council approved a plan that could cost about £5bn.", "about £5bn")]
    [InlineData("The cabinet approved the scheme, which will cost about $2bn over five years.", "about $2bn")]
    [InlineData("Investors bought more than $2bn of the bonds.", "more than $2bn")]
    public void An_estimate_after_the_act_or_a_buyer_that_is_no_public_body_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void The_size_of_a_change_a_public_body_approved_is_not_reported() =>
        Assert.Empty(Figures("The US Nuclear Regulatory Commission has approved a request from Southern Nuclear to increase the power output of units 1 and 2 at the Vogtle plant near Waynesboro, Georgia, by about 2 percent each."));

    [Fact]
    public void A_share_a_public_body_approved_that_is_no_change_is_still_reported() =>
        Reported("The US Nuclear Regulatory Commission has approved the merger of the two operators, giving the group about 40 percent of the market.", "about 40 percent");

    [Fact]
    public void A_bracketed_conversion_of_an_unsourced_sum_leaves_the_finding_on_the_sum() =>
        Assert.Equal(["'about ₹2,104 crore' has no source: say who counted, estimated or reported it"],
            Figures("The mission will cost about ₹2,104 crore (about $250 million)."));

    [Fact]
    public void An_entitlement_a_scheme_can_pay_is_not_reported() =>
        Assert.Empty(Figures("First-timer families with an average monthly household income of $7,000 or less can receive up to $120,000 in grants for a new flat."));

    [Theory]
    [InlineData("Families could receive up to $120,000 in grants.", "up to $120,000")]
    [InlineData("Families can receive up to $120,000 from the sale.", "up to $120,000")]
    public void What_families_could_receive_or_a_sum_that_is_no_grant_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void The_exact_cost_a_project_came_in_at_is_not_reported() =>
        Assert.Empty(Figures("The project cost Rs 37,276 crore, much of it funded by a loan from the Japan International Cooperation Agency (JICA)."));

    [Theory]
    [InlineData("The project cost about Rs 37,276 crore.", "about Rs 37,276 crore")]
    [InlineData("The project cost £5bn more than planned.", "£5bn")]
    public void An_approximate_cost_or_an_overrun_is_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void A_counted_noun_after_an_adjective_is_no_reporting_verb() =>
        Reported("There are roughly 131,000 vacant posts in adult social care in England.", "roughly 131,000");

    [Theory]
    [InlineData("The 2020 report says about 131,000 posts are vacant.")]
    [InlineData("More than 1,200 local residents said about 131,000 posts are vacant.")]
    public void A_report_of_a_year_or_a_plural_subject_still_sources_the_figure(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The operation follows a similar action in January, when the FBI disrupted a botnet of several hundred small-office routers.")]
    [InlineData("The EU has so far sanctioned more than 150 tankers, barring them from EU ports and services.")]
    [InlineData("Roads were closed from early morning, and the Seoul Metropolitan Government deployed around 2,700 police officers and volunteers.")]
    [InlineData("Flights from Bhubaneswar have been suspended. The East Coast Railway has cancelled over 200 trains.")]
    public void What_a_public_body_did_to_a_number_of_things_is_its_own_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Police arrested more than 300 protesters outside the parliament.", "more than 300")]
    [InlineData("Airlines cancelled more than 600 flights to and from the island.", "more than 600")]
    [InlineData("Thousands of passengers were stranded as over 200 trains were cancelled.", "over 200")]
    [InlineData("The army deployed about 2,700 troops, and the shelling killed more than 300 civilians.", "more than 300")]
    public void An_arrest_a_toll_or_what_a_group_that_is_no_public_body_did_is_still_reported(string text, string figure) => Reported(text, figure);

    [Theory]
    [InlineData("A developer has filed plans with the Department of Buildings to convert a 42-story Midtown office tower into about 1,300 apartments.")]
    [InlineData("A scheme for more than 800 rental homes on the site of a former gasworks has been approved by councillors.")]
    [InlineData("HDB has launched more than 19,600 flats under the Build-To-Order exercises this year.")]
    public void The_homes_a_filed_or_decided_scheme_holds_or_a_housing_body_launched_are_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("More than 800 homes on the site of a former gasworks were flooded in the storm.", "More than 800")]
    [InlineData("Developers launched more than 19,600 flats this year.", "more than 19,600")]
    [InlineData("The council approved the plans, and about 1,300 apartments were flooded last year.", "about 1,300")]
    [InlineData("The council approved the budget. About 1,300 apartments stand empty in the borough, and the council approved plans for more.", "About 1,300")]
    public void Homes_counted_with_no_filing_or_launched_by_no_public_body_are_still_reported(string text, string figure) => Reported(text, figure);

    [Fact]
    public void A_price_band_that_picks_out_an_exact_count_of_sales_is_not_reported() =>
        Assert.Empty(Figures("A record 103 flats changed hands for at least $1 million in the quarter."));

    [Fact]
    public void One_sale_for_at_least_a_sum_is_still_reported() =>
        Reported("The flat changed hands for at least $1 million in the quarter.", "at least $1 million");
}
