namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on background a desk does not source: a standing rank measured after a comma, what the outlet saw on its own visit, what a finished building cost to build, what a museum's collection holds,
/// an airport's share of a country's arrivals, a crowd at the scene described between commas, a number written out to its
/// units, and a wire lede the next paragraph sources through its subject; each beside the claim of the same shape that is
/// still reported.
/// </summary>
public sealed class StandingFactAndSceneTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The museum, which cost about $1 billion to build, houses more than 100,000 artefacts, including the complete collection of Tutankhamun's tomb.")]
    [InlineData("The national library holds about 2 million books and manuscripts.")]
    [InlineData("Sangster International Airport in Montego Bay, which handles about three quarters of Jamaica's air arrivals, resumed full operations within days.")]
    public void A_standing_fact_about_a_named_place_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The museum, which will cost about $1 billion to build, is due to open next year.", "about $1 billion")]
    [InlineData("The camp holds about 50,000 refugees, many of them children.", "about 50,000")]
    [InlineData("The airport, which handled about three quarters of Jamaica's air arrivals in March, closed for two days.", "about three quarters")]
    public void A_cost_to_come_a_count_of_people_or_a_past_share_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Oromia is Ethiopia's most populous region, with about 40 million people.")]
    [InlineData("Egypt is among the world's largest wheat importers, buying about 12 million tonnes a year from abroad.")]
    [InlineData("Tobacco remains Zimbabwe's largest agricultural export, earning more than US$1 billion a year.")]
    public void A_figure_measuring_a_standing_rank_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Egypt was among the world's largest wheat importers last year, buying about 12 million tonnes.", "about 12 million")]
    [InlineData("Egypt is among the world's largest wheat importers. It bought about 12 million tonnes last year.", "about 12 million")]
    [InlineData("Egypt buys about 12 million tonnes of wheat a year from abroad.", "about 12 million")]
    [InlineData("Ghana is Africa's largest gold producer, exporting more than $11 billion worth of the metal last year.", "more than $11 billion")]
    public void A_past_rank_or_a_volume_outside_the_rank_s_sentence_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("At a clothing factory in Belmont visited by The Herald yesterday, about 200 workers were sewing school uniforms for the January term.")]
    [InlineData("When the Herald visited the factory yesterday, about 200 workers were sewing school uniforms.")]
    public void What_the_outlet_saw_on_its_own_visit_is_sourced(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("At a clothing factory in Belmont visited by the minister yesterday, about 200 workers were sewing school uniforms.", "about 200")]
    [InlineData("At a clothing factory in Belmont visited by President Emmerson Mnangagwa yesterday, about 200 workers were sewing school uniforms.", "about 200")]
    public void A_visit_by_someone_other_than_the_outlet_sources_nothing(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_crowd_described_between_commas_at_the_scene_is_not_reported() =>
        Assert.Empty(Figures("Zuma greeted supporters outside afterwards. About 200 supporters, many wearing MK Party T-shirts, gathered in the street outside the court."));

    [Fact]
    public void A_count_described_between_commas_with_no_scene_verb_is_still_a_claim() =>
        Assert.Contains("About 200", Figures("About 200 residents, most of them elderly, were evacuated from the street."));

    [Fact]
    public void A_number_written_out_to_its_units_is_an_exact_count() =>
        Assert.Empty(Figures("One hundred and twelve recruits graduated yesterday after six months of training."));

    [Fact]
    public void A_round_number_in_words_is_still_an_estimate() =>
        Assert.Contains("Two hundred", Figures("Two hundred recruits graduated yesterday after six months of training."));

    private const string Lede = "GABORONE: Debswana Diamond Company will cut production to about 15 million carats this year, down from nearly 18 million carats last year, as weak demand continues.\n\n";

    [Fact]
    public void A_lede_after_a_dateline_is_sourced_by_its_subject_described_below() =>
        Assert.Empty(Figures(Lede + "The company, a 50-50 joint venture between the Government of Botswana and De Beers, said in a statement that it would pause production at two mines."));

    [Fact]
    public void A_lede_whose_next_paragraph_quotes_another_body_is_still_a_claim() =>
        Assert.Contains("nearly 18 million", Figures(Lede + "The ministry, which regulates the industry, said in a statement that it would review the licences of two mines."));

    [Theory]
    [InlineData("The refinery, which cost about $20 billion, was built over seven years and has been producing diesel since last year.")]
    [InlineData("The project, which cost about 86 billion kroner ($7.6 billion), was delayed and went over budget.")]
    [InlineData("Southwest reached a truce with Elliott Investment Management, which holds about 11% of Southwest and won five seats on its board.")]
    [InlineData("Addis Ababa Bole International handled about 17 million passengers last year.")]
    [InlineData("The state still owns about 30% of the airline, which it rescued in 2009.")]
    public void A_finished_work_s_cost_an_owner_s_stake_or_a_year_s_traffic_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The war, which cost about $5 billion, left the region in ruins.", "about $5 billion")]
    [InlineData("The project, which will cost about $20 billion, is due to open in 2030.", "about $20 billion")]
    [InlineData("Investors bought about 11% of Southwest in the weeks before the vote.", "about 11%")]
    [InlineData("The airport handled about 17,000 passengers on Sunday as the strike began.", "about 17,000")]
    [InlineData("Chinese brands now hold about 20 percent of the passenger car market in Mexico.", "about 20 percent")]
    [InlineData("The fund now owns about 1.5 percent of all listed companies in the world.", "about 1.5 percent")]
    public void A_cost_to_come_a_stake_bought_or_a_day_s_traffic_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The bridge, which connects 21 southwestern districts with the capital, cost about Tk 30,193 crore to build.")]
    [InlineData("Today it hosts Irish dance classes, a theater company and a library of more than 25,000 volumes, as well as exhibitions.")]
    [InlineData("The Ghana Wesley Methodist Church, on Grand Concourse, has about 800 members, most of them immigrants from Ghana.")]
    [InlineData("An Istanbul court on Wednesday adjourned the trial of the mayor and more than 400 other defendants until Jan. 12.")]
    [InlineData("JU has about 17,000 students and 21 residential halls.")]
    public void A_subject_s_standing_size_cost_or_parties_of_record_is_background(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The bridge, which will connect 21 southwestern districts with the capital, will cost about Tk 30,193 crore to build.", "about Tk 30,193 crore")]
    [InlineData("Customs officers seized a haul of more than 2,000 artefacts in the lorry.", "more than 2,000")]
    [InlineData("Looters took more than 25,000 volumes from the library.", "more than 25,000")]
    [InlineData("The church lost about 800 members after the split.", "about 800")]
    [InlineData("Police detained more than 400 suspects after the protests.", "more than 400")]
    [InlineData("The school lost about 400 students after the fire.", "about 400")]
    public void A_cost_to_come_a_haul_a_loss_of_members_or_an_arrest_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
