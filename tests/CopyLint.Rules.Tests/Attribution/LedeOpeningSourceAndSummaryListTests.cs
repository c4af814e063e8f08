namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on education, climate and property copy: a lede figure under a paragraph that opens on its source, the figures
/// under a lede that names its data and gives none, the items of an
/// "At a glance" list, a measurement with a word of comparison ("about 1,400 more acres") and the size of a bloc of
/// countries; beside each, the shape that stays reported.
/// </summary>
public sealed class LedeOpeningSourceAndSummaryListTests
{
    private static string[] Figures(string text) =>
        [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Lede = "Some 61,000 Leaving Certificate students have received their results this morning, with a small rise in top grades.\n\n";

    [Fact]
    public void A_lede_figure_takes_the_source_that_opens_the_next_paragraph() =>
        Assert.Empty(Figures(Lede + "According to figures from the State Examinations Commission (SEC), 16.1pc of higher-level maths candidates achieved a H1."));

    [Fact]
    public void A_source_closing_the_next_paragraph_speaks_only_for_it() =>
        Assert.Equal(["Some 61,000"], Figures(Lede + "Overall, 16.1pc of higher-level maths candidates achieved a H1, the State Examinations Commission said."));

    private const string DataLede = "Dubai recorded its highest-ever value of property transactions in a single quarter in the three months to September, according to data from the Dubai Land Department.\n\n";

    [Fact]
    public void A_lede_that_names_its_data_and_gives_no_figure_sources_the_figures_just_below() =>
        Assert.Empty(Figures(DataLede + "There were about 59,000 residential sales worth Dh163.5 billion in the quarter."));

    [Theory]
    [InlineData("Dubai recorded its highest-ever value of property transactions in a single quarter, the Dubai Land Department said.\n\n")]
    [InlineData(DataLede + "Buyers from India led the market.\n\n")]
    public void A_lede_that_names_no_data_or_a_figure_further_down_is_still_reported(string top) =>
        Assert.Equal(["about 59,000"], Figures(top + "There were about 59,000 residential sales worth Dh163.5 billion in the quarter."));

    private const string ExclusionsLede = "Permanent exclusions from schools in Kent have risen to their highest level since records began, according to figures from the Department for Education.\n\n";

    [Fact]
    public void A_data_lede_sources_each_sentence_of_a_run_of_its_figures_just_below() =>
        Assert.Empty(Figures(ExclusionsLede + "There were 412 permanent exclusions in the county in the 2024-25 academic year, up from 338 the year before. Suspensions rose by 14 per cent to more than 26,000."));

    [Fact]
    public void A_figure_after_a_sentence_with_no_figure_is_still_reported() =>
        Assert.Equal(["more than 26,000"], Figures(ExclusionsLede + "There were 412 permanent exclusions in the county, up from 338. Most were for persistent disruptive behaviour. Suspensions rose to more than 26,000."));

    private const string Story = "One in three students is failing to meet national expectations, the latest NAPLAN results show.\n\n"
        + "ACARA chief executive Stephen Gniel said the results were stable.\n\n";

    private const string Item = ":\n\n- About 1.3 million students in Years 3, 5, 7 and 9 sat the tests in March\n- Girls outperformed boys in reading";

    [Fact]
    public void An_item_of_a_summary_list_takes_the_source_of_the_story_above() =>
        Assert.Empty(Figures(Story + "At a glance" + Item));

    [Theory]
    [InlineData("Some key facts about NAPLAN")]
    [InlineData("Here are the key points")]
    public void A_summary_label_written_as_a_phrase_with_its_topic_is_a_summary_label(string label) =>
        Assert.Empty(Figures(Story + label + Item));

    [Theory]
    [InlineData("Key findings include")]
    [InlineData("The key findings of the analysis are")]
    public void A_summary_label_written_as_a_lead_in_sentence_is_a_summary_label(string label) =>
        Assert.Empty(Figures(Story + label + Item));

    [Fact]
    public void A_lead_in_sentence_with_the_label_in_an_unsourced_story_is_still_reported() =>
        Assert.Equal(["About 1.3 million"], Figures("Students sat the tests in every state.\n\nKey findings include" + Item));

    [Theory]
    [InlineData("What happened" + Item)]
    [InlineData("Some questions about NAPLAN" + Item)]
    [InlineData("Students sat the tests in every state.\n\nAt a glance" + Item)]
    public void An_item_of_another_list_or_of_an_unsourced_story_is_still_reported(string text) =>
        Assert.Equal(["About 1.3 million"], Figures(text.StartsWith("Students", StringComparison.Ordinal) ? text : Story + text));

    [Theory]
    [InlineData("The ruling voids the expansion permit, which would have allowed mining on about 1,400 more acres, and sends it back to the department.")]
    [InlineData("Negotiations ended without agreement, as oil-producing nations and a coalition of more than 100 countries failed to bridge a divide.")]
    public void A_measurement_or_the_size_of_a_bloc_is_description(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The permit would have allowed mining that displaced about 1,400 more families.", "about 1,400")]
    [InlineData("Negotiations ended without agreement, as more than 100 countries failed to bridge a divide.", "more than 100")]
    public void A_count_of_people_or_countries_is_still_reported(string text, string figure) => Assert.Equal([figure], Figures(text));
}
