namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002: a speaker's own count ("by his count"), an interviewee's answers, a vague source citing a named
/// body, a run of sourced data carried into the next paragraph, and a worked example's figure.
/// </summary>
public sealed class OwnCountRunAndExampleTests
{
    [Theory]
    [InlineData("The orchestra has had, by his count, more than 150 members over the decades.")]
    [InlineData("By her own count, she has planted about 3,000 trees on the estate.")]
    [InlineData("The band, by their estimate, played more than 2,000 weddings.")]
    public void A_speakers_own_count_sources_the_figure(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    [Fact]
    public void A_count_by_no_one_is_still_reported() =>
        Assert.Single(RuleHarness.Lint("The orchestra has had, over the decades, more than 150 members.", "CL3001"));

    private const string Standfirst =
        "**The fiddler talks about his grandfather's tunes and the Gaelic he had to relearn.**\n\n"
        + "Colm MacNeil, 44, grew up in Iona. His new record is out this week. This interview has been edited.\n\n";

    [Theory]
    [InlineData("**Why did you come back?**\n\nMy father got sick. Reel-to-reel tapes, about 200 of them, were sitting in the basement.\n\n"
        + "**Did you speak Gaelic growing up?**\n\nMy grandparents did. I had maybe a few hundred words.")]
    [InlineData("Q: Why did you come back?\n\nMy father got sick. Reel-to-reel tapes, about 200 of them, were sitting in the basement.\n\n"
        + "Q: Did you speak Gaelic growing up?\n\nMy grandparents did. I had maybe a few hundred words.")]
    public void An_interviewees_answers_need_no_source(string interview) =>
        Assert.Empty(RuleHarness.Lint(Standfirst + interview, "CL3001"));

    private const string LabelledInterview =
        "The Kyiv Independent: How has life in Kharkiv changed?\n\nIhor Terekhov: The city is alive. We go to work and the cafes are open.\n\n"
        + "The Kyiv Independent: How many people have returned?\n\n";

    [Fact]
    public void Answers_under_the_interviewees_label_need_no_source() =>
        Assert.Empty(RuleHarness.Lint(LabelledInterview + "Terekhov: Before the invasion, we had about 1.5 million people.", "CL3001"));

    [Fact]
    public void Labelled_questions_answered_in_unlabelled_prose_are_still_reported() =>
        Assert.Single(RuleHarness.Lint(
            LabelledInterview.Replace("Ihor Terekhov: ", "", StringComparison.Ordinal) + "Before the invasion, we had about 1.5 million people.", "CL3001"));

    [Fact]
    public void An_explainers_question_headings_are_answered_by_the_writer() =>
        Assert.Equal(2, RuleHarness.Lint(
            "Isa allowance to be cut\n\n## Who is affected?\n\nAbout 1.5 million savers put in more than the new limit.\n\n"
            + "## What about money already saved?\n\nIt stays where it is. About 40% of it is held by pensioners.",
            "CL3001").Count);

    [Fact]
    public void Bold_questions_answered_in_the_third_person_are_still_an_explainers() =>
        Assert.Single(RuleHarness.Lint(
            "Isa allowance to be cut\n\n**Who is affected?**\n\nAbout 1.5 million savers put in more than the new limit.\n\n"
            + "**What about money already saved?**\n\nIt stays where it is, in cash.",
            "CL3001"));

    [Fact]
    public void Vague_sources_citing_a_named_body_name_the_data() =>
        Assert.Empty(RuleHarness.Lint(
            "Meanwhile, U.S. crude inventories rose by 5.2 million barrels in the week ended Oct 31, according to market sources citing American Petroleum Institute figures.",
            "CL3001", "CL3002"));

    [Theory]
    [InlineData("Meanwhile, U.S. crude inventories rose by 5.2 million barrels in the week ended Oct 31, according to market sources.")]
    [InlineData("Meanwhile, U.S. crude inventories rose by 5.2 million barrels in the week ended Oct 31, according to market sources citing industry figures.")]
    public void Vague_sources_alone_or_citing_no_name_are_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3002"));

    private const string Index =
        "Values in Sydney rose 0.7 per cent over the month, according to Cotality. National home values increased 1 per cent.\n\n";

    [Fact]
    public void A_run_of_sourced_data_carries_into_the_figure_derived_from_it() =>
        Assert.Empty(RuleHarness.Lint(
            Index + "Perth led the capital cities with a 1.9 per cent rise. Melbourne values rose 0.4 per cent, leaving them about 1.5 per cent below their peak.",
            "CL3001"));

    [Theory]
    [InlineData("Perth led the capital cities with a 1.9 per cent rise. About 40 per cent of buyers were investors.")]
    [InlineData("Buyers rushed in. Melbourne values rose 0.4 per cent, leaving them about 1.5 per cent below their peak.")]
    public void An_estimate_outside_the_run_is_still_reported(string paragraph) =>
        Assert.Single(RuleHarness.Lint(Index + paragraph, "CL3001"));

    [Fact]
    public void A_worked_example_is_not_a_claim() =>
        Assert.Empty(RuleHarness.Lint(
            "With savings rates around 4 per cent, a higher-rate taxpayer with about £12,500 in an easy-access account would already exceed that allowance.",
            "CL3001"));

    [Theory]
    [InlineData("None of this is charity. A world in which a third of a country can be under water one summer and in drought the next is not a stable world.")]
    [InlineData("Imagine a future where about 40% of jobs could be done by machines.")]
    public void A_scenario_the_writer_imagines_is_not_a_claim(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("It is a country where a third of children live in poverty.")]
    [InlineData("We now live in a world in which about 40% of jobs are done by machines.")]
    public void A_place_described_as_it_is_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("A pensioner with about £12,500 in savings lost it all to the scam.")]
    [InlineData("Savers with about £12,500 in easy-access accounts would already exceed the allowance.")]
    public void A_case_reported_as_fact_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Fact]
    public void Cases_that_were_reported_under_a_named_report_are_the_reports() =>
        Assert.Empty(RuleHarness.Lint(
            "In its latest situation report, the agency said 4,317 suspected cases had been recorded since January. Almost two thirds of the cases were reported in the last three weeks.",
            "CL3001", "CL3002"));

    [Theory]
    [InlineData("The trial will test the vaccine in household contacts. About 12,000 participants aged 12 to 60 will be enrolled in six States.")]
    [InlineData("More than 3,000 patients will be randomised to the drug or a placebo.")]
    public void A_studys_planned_enrolment_is_its_design(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("About 12,000 participants joined the march in six States.")]
    [InlineData("About 500 soldiers were recruited by the militia last year.")]
    public void A_turnout_or_a_past_recruitment_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("The team recovered 11 vertebrae, parts of the hip and the femur, representing roughly 20 percent of the skeleton.")]
    [InlineData("The bones came from one animal. The researchers matched about 40% of them to the femur.")]
    public void A_research_teams_account_of_its_own_work_is_sourced_by_it(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("Excavators recovered 11 vertebrae, representing roughly 20 percent of the skeleton.")]
    [InlineData("The team recovered about 200 bodies from the rubble.")]
    [InlineData("The team recovered more than 2,000 fragments from the site.")]
    public void Another_subject_or_a_toll_is_still_reported(string text) =>
        Assert.NotEmpty(RuleHarness.Lint(text, "CL3001", "CL3002"));

    private const string Lede = "The sisters died in March 2025, six days apart.\n\n";

    [Theory]
    [InlineData("From the mid-1960s the sisters farmed without fertiliser, with a cattle herd that eventually numbered about 300 head.")]
    [InlineData("In the 1990s the mill employed more than 2,000 people.")]
    public void A_sentence_dated_by_a_past_decade_is_background(string text) =>
        Assert.Empty(RuleHarness.Lint(Lede + text, "CL3001"));

    [Theory]
    [InlineData("In the 2020s, about 300 people a year have left the town.")]
    [InlineData("Some 2 million Nigerians are living in South Africa, and Yeoville became one of the first places they settled in the 1990s.")]
    public void A_figure_the_past_decade_does_not_frame_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(Lede + text, "CL3001"));

    [Fact]
    public void The_reader_s_result_in_an_if_you_example_is_not_reported() =>
        Assert.Empty(RuleHarness.Lint("If you put $10,000 in an account earning 4% APY and leave it for a year, you'd earn about $400 in interest.", "CL3001"));

    [Theory]
    [InlineData("If you are one of the roughly 12 million people who file late, you could face a fine.")]
    [InlineData("If you listen to the union, about £2m has been lost to fraud.")]
    public void A_figure_in_the_if_clause_or_a_main_clause_of_fact_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("He had 14 carries for 71 yards Sunday after Mixon left. Spend up to 20% of your budget.")]
    [InlineData("Set aside about 10% of your take-home pay before the holidays.")]
    public void Advice_on_the_reader_s_own_money_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3001"));

    [Theory]
    [InlineData("Contenders spend up to 20% of their budget on one running back.")]
    [InlineData("Spend on running backs rose to about 20% of the budget last season.")]
    public void The_same_figure_as_a_statement_is_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3001"));
}
