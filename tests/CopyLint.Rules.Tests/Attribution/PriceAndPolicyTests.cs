namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001: prices, rates, definitions, prize money and set or revised targets are matters of record, even rounded.</summary>
public sealed class PriceAndPolicyTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("At the harbour café, a bowl of fish soup with bread costs about 200 kroner (£15).")]
    [InlineData("Wooden cabins on the island cost from about 1,400 kroner (£105) a night in winter.")]
    [InlineData("Two airlines fly from London to the island via Oslo, from about £220 return.")]
    [InlineData("Guided tours run daily and are around €150 per person.")]
    [InlineData("Seats on the final day went for more than $400 each.")]
    [InlineData("At about $165 it is expensive, and its capacity is too small for a family.")]
    [InlineData("Stamba, a hotel in a former publishing house, has rooms from about 300 lari a night.")]
    [InlineData("Elvers are sold live to Asian aquaculture farms. They can fetch more than $5,000 a kilogram.")]
    [InlineData("The authorities have financed the uprooting of vineyards, paying growers about 6,000 euros per hectare.")]
    [InlineData("A day pass to the leisure centre costs £11 for adults and £6 for children.")]
    public void A_rounded_price_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void What_a_bill_includes_is_in_its_text() =>
        Assert.Empty(Figures("The bill, known as a continuing resolution, extends funding and includes about $100 billion in disaster aid."));

    [Theory]
    [InlineData("The bill would keep most agencies funded at current levels, while increasing defense spending by about $6 billion and cutting nondefense programs by about $13 billion.")]
    [InlineData("The board will have its own investigators, and the budget includes three staff positions at a cost of about $540,000 a year.")]
    public void What_a_bill_or_budget_as_its_clauses_subject_does_is_in_its_text(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The bill would cost about $6 billion over the next decade.", "about $6 billion")]
    [InlineData("The board will have its own investigators, and the unit needs about $540,000 a year.", "about $540,000")]
    public void What_a_bill_would_cost_or_a_clause_with_no_bill_as_subject_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_fee_for_a_class_of_payer_is_a_published_tariff() =>
        Assert.Empty(Figures("An adult burial in a new grave will cost £1,420 for residents, up from £1,065."));

    [Fact]
    public void A_sum_for_residents_to_spend_is_still_a_claim() =>
        Assert.Contains("about £50,000", Figures("The scheme will cost about £50,000 for residents to use the hall."));

    [Fact]
    public void What_a_budget_request_includes_is_in_the_request() =>
        Assert.Empty(Figures("The request includes about 940 billion yen to strengthen so-called stand-off defense capabilities."));

    [Theory]
    [InlineData("The floods cost about £200m in repairs to the town.", "about £200m")]
    [InlineData("The war costs about $5bn a month, a burden the budget cannot carry.", "about $5bn")]
    [InlineData("Farmers lost about £300 a head when the herd was culled.", "about £300")]
    [InlineData("The storm did damage of about £500 per household along the coast.", "about £500")]
    [InlineData("The frost did damage of about 6,000 euros per hectare in the valley.", "about 6,000 euros")]
    [InlineData("The scheme costs about £2m a year to run.", "about £2m")]
    [InlineData("The school costs about £11,400 per pupil a year to run.", "about £11,400")]
    [InlineData("At about $165 million it is the most expensive film the studio has made.", "about $165 million")]
    [InlineData("At about $165, the repairs were more than the family could pay.", "about $165")]
    [InlineData("The storm, which hit the coast on Monday, caused about $100 billion in damage.", "about $100 billion")]
    [InlineData("The insurer includes about $100 billion in storm losses in its reserves.", "about $100 billion")]
    [InlineData("The shortfall includes about 940 billion yen the ministry cannot fund.", "about 940 billion yen")]
    public void A_cost_of_an_event_or_a_loss_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("A brisk pace is generally defined as about 100 steps a minute, or 5km/h.")]
    [InlineData("The new turbines are equivalent to about 4,000 homes' worth of supply.")]
    [InlineData("The machine bottles more than 300 jars a minute at full speed.")]
    [InlineData("The bridge carries about 2,000 cars an hour at peak times.")]
    public void A_definition_or_a_rate_is_a_measurement(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About 100 people a day died in the camps that winter.", "About 100")]
    [InlineData("More than 300 migrants an hour crossed the border at its height.", "More than 300")]
    [InlineData("About 100 steps were added to the route this year.", "About 100")]
    [InlineData("About 500 people an hour crossed the border at its height.", "About 500")]
    public void A_toll_or_a_count_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The victory was worth £351,687 to the winner's owners.")]
    [InlineData("The title is worth $2.5m to the champion.")]
    [InlineData("The purse was worth about $2m to the winner this year.")]
    [InlineData("The race was worth $5 million, and Via Sistina won it by eight lengths.")]
    public void Prize_money_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void The_winner_s_rounded_share_of_a_race_s_value_is_still_a_claim() =>
        Assert.Contains("around $3 million", Figures("The race was worth $5 million, with the winner taking around $3 million."));

    [Fact]
    public void Damage_worth_a_sum_is_still_a_claim() =>
        Assert.Contains("£351,687", Figures("The fire caused damage worth £351,687 to the stables."));

    [Theory]
    [InlineData("In Wales, the government has set a target of a million Welsh speakers by 2050.")]
    [InlineData("The council set a goal of about 3,000 new homes by 2030.")]
    [InlineData("The party's ambition of about 300,000 homes a year was dropped.")]
    [InlineData("Ministers have dropped their target of about 300,000 homes a year.")]
    public void A_target_with_its_setter_is_a_policy(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("A target of about 300,000 homes was missed again this year.", "about 300,000")]
    [InlineData("Builders are far from a target of about 300,000 homes.", "about 300,000")]
    [InlineData("About 300,000 homes were built towards the target.", "About 300,000")]
    public void A_target_with_no_setter_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The bank raised its target for return on tangible equity, a key measure of profitability, to more than 12% for 2026, from around 11% previously.")]
    [InlineData("The carmaker cut its delivery target to about 1.8 million vehicles, from more than 2 million.")]
    [InlineData("The airline lowered its full-year guidance for passenger growth to about 5%.")]
    [InlineData("The insurer raised the group's target for cost savings to more than £400m.")]
    public void A_target_its_setter_revises_is_a_policy(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The target was raised to more than 12% for 2026, from around 11% previously.", "more than 12%")]
    [InlineData("The bank raised its target for lending, while bad loans rose to more than 12% of the book.", "more than 12%")]
    [InlineData("Unemployment has risen to more than 12%, from around 11% previously.", "around 11%")]
    public void A_revision_with_no_setter_or_a_move_beside_one_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void What_there_can_be_in_general_is_no_count_of_an_event() =>
        Assert.Empty(Figures("At the peak of the cycle there can be more than 200 sunspots visible at once."));

    [Theory]
    [InlineData("There could be more than 200 people trapped under the rubble.", "more than 200")]
    [InlineData("There can be more than 200 migrants on a single boat.", "more than 200")]
    [InlineData("There were more than 200 sunspots visible at once last week.", "more than 200")]
    public void What_there_may_be_or_was_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void The_unit_price_of_a_thing_is_a_price_however_large() =>
        Assert.Empty(Figures("The machines cost up to €350m each in their newest form."));

    [Fact]
    public void A_large_cost_that_is_no_unit_price_is_still_a_claim() =>
        Assert.Contains("up to €350m", Figures("The repairs cost up to €350m in their first year."));

    [Theory]
    [InlineData("The seat, sold under the SafeRide Isofix brand at several high street and online retailers between 2023 and this year for about £149, was found to detach from its base.")]
    [InlineData("The recall covers BabyView Pro monitors sold at Target, Best Buy and Amazon between January 2024 and October 2025 for about $180.")]
    public void The_shelf_price_of_goods_described_as_sold_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Fact]
    public void A_sum_paid_with_sold_goods_after_it_is_still_reported() =>
        Assert.Contains("about £300", Figures("Fans paid about £300 for fake tickets sold at the gates."));

    [Fact]
    public void The_items_of_a_list_of_announced_measures_are_its_terms() =>
        Assert.Empty(Figures("The government reached agreement on its budget framework on Thursday.\n\nThe main measures include:\n\n- a cut in corporate tax;\n- savings of around €300 million in the wellbeing services counties;\n- reductions in development cooperation funding."));

    [Fact]
    public void A_paragraph_that_opens_under_the_terms_sets_out_the_announced_terms() =>
        Assert.Empty(Figures("Anglo American and Teck Resources have agreed to combine, the two miners said on Tuesday.\n\nUnder the terms, Teck shareholders will receive 1.3301 Anglo shares for each Teck share. Anglo shareholders will own about 62.4% of the merged group."));

    [Fact]
    public void The_same_figure_in_a_paragraph_that_names_no_terms_is_still_reported() =>
        Assert.Contains("about 62.4%", Figures("Anglo American and Teck Resources have agreed to combine, the two miners said on Tuesday.\n\nUnder the circumstances, investors were wary. Anglo shareholders will own about 62.4% of the merged group."));

    [Fact]
    public void The_items_of_a_list_with_no_package_named_are_still_reported() =>
        Assert.Contains("around €300 million", Figures("The government reached agreement on its budget framework on Thursday.\n\nThe opposition's complaints include:\n\n- a cut in corporate tax;\n- savings of around €300 million in the wellbeing services counties;\n- reductions in development cooperation funding."));

    [Theory]
    [InlineData("It was built at a cost of about €53 million, with funding from the EU's Connecting Europe Facility.")]
    [InlineData("The Golden Globes are voted on by about 300 entertainment journalists from 75 countries.")]
    public void The_cost_a_work_was_built_at_or_the_panel_that_votes_an_award_is_a_matter_of_record(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The new line will be built at a cost of about €530 million.", "about €530 million")]
    [InlineData("The bill was voted on by about 300 MPs on Tuesday.", "about 300")]
    public void A_cost_to_come_or_a_vote_taken_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));
}
