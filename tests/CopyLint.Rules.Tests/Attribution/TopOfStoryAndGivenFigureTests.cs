namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002: a figure at the top of a story that rounds one the body sources further down, and figures the
/// thing itself gives or the writer derives (a venue's capacity, a book's length, a meeting's attendance, a survey's
/// sample, the writer's arithmetic, a conversion, a launch price, a fundraiser's total, a loan's size, "a thousand"
/// as a figure of speech); the claims of the same shape beside them are still reported.
/// </summary>
public sealed class TopOfStoryAndGivenFigureTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    private static void Reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));

    private const string Storm = "Storm knocks out power\n\n"
        + "High winds toppled trees onto power lines overnight and left about 14,000 homes and businesses without electricity.\n\n"
        + "No serious injuries were reported.\n\n"
        + "The weather service recorded a wind gust of 62 mph at the airport shortly after midnight.\n\n";

    [Fact]
    public void A_lede_estimate_rounding_a_figure_sourced_further_down_is_sourced() =>
        Assert.Empty(Figures(Storm + "Appalachian Power reported about 14,200 customers without service, according to the utility's outage map.\n"));

    [Theory]
    [InlineData("Appalachian Power had about 14,200 customers without service at 7 a.m.\n")]
    [InlineData("Appalachian Power reported about 9,200 customers without service, according to the utility's outage map.\n")]
    public void A_lede_estimate_is_not_sourced_by_an_unsourced_or_another_figure_further_down(string below) =>
        Reported(Storm + below, "about 14,000");

    [Fact]
    public void A_standfirst_bound_under_a_figure_sourced_further_down_is_sourced()
    {
        var text = "Treasury consults on surcharge ban\n\n"
            + "The government has launched a consultation on a ban that could save consumers more than $1 billion a year.\n\n"
            + "Treasury on Monday released a discussion paper on how a ban would work.\n\n"
            + "Australians paid about $1.2 billion in card surcharges last year, according to central bank estimates.\n";

        Assert.Empty(Figures(text));
        Reported(text.Replace("$1.2 billion", "$2.2 billion", StringComparison.Ordinal), "more than $1 billion");
    }

    [Fact]
    public void Several_hundred_at_the_top_is_sourced_by_a_sourced_figure_of_that_order_naming_what_it_counts()
    {
        var text = "Dozens of roads remain closed and several hundred residents are isolated after the river peaked on Thursday.\n\n"
            + "The river reached 7.4 metres at the gauge at about 6am.\n\n"
            + "The SES said residents of about 200 properties were cut off by floodwater.\n";

        Assert.Empty(Figures(text));
        Reported(text.Replace("about 200", "about 2,000", StringComparison.Ordinal), "several hundred");
        Reported(text.Replace("residents of about", "owners of about", StringComparison.Ordinal), "several hundred");
    }

    [Fact]
    public void Only_the_top_of_the_story_takes_a_source_from_further_down()
    {
        var text = "The minister spoke on Monday.\n\nShe gave no figures.\n\nCuts of up to 30% are feared at some venues.\n\n"
            + "Grants to two venues will fall by 30%, the Arts Council confirmed.\n\nThe council said it would publish more.\n";

        Assert.Empty(Figures(text.Replace("She gave no figures.\n\n", "", StringComparison.Ordinal)));
        Reported(text.Replace("\n\nGrants", "\n\nIt was a long meeting.\n\nGrants", StringComparison.Ordinal), "up to 30%");
    }

    [Theory]
    [InlineData("Airbus handed over 71 jets in October as it chases a full-year goal of around 820.")]
    [InlineData("The Narendra Modi Stadium holds about 132,000 people.")]
    [InlineData("The arena seats about 20,000 for concerts.")]
    [InlineData("The performances were held in the Guelaguetza Auditorium on Fortín hill, which seats about 11,000 people.")]
    [InlineData("It is a project that will eventually house about 10,000 people on reserve land.")]
    [InlineData("The natatorium, which seats about 5,000, was close to full on the final night.")]
    [InlineData("The Empress Ballroom crowd was announced as a sell-out, around 3,000, for every session over the nine days.")]
    [InlineData("Across almost 500 pages, it follows four generations of the Tran family.")]
    [InlineData("The vote came at the end of a three-hour meeting on Tuesday night that drew about 150 people to the council chambers.")]
    [InlineData("The review, carried out by the department, surveyed about 1,000 principals and 18,000 teachers.")]
    [InlineData("The firm commissioned a poll of about 2,000 adults in March.")]
    [InlineData("The list, sponsored by a water brand, is compiled from the votes of more than 1,000 chefs, food writers and restaurateurs.")]
    [InlineData("In July 2024 the figure was 7.62 million. That is a fall of around 260,000.")]
    [InlineData("That's an increase of about 35%, not 100%.")]
    [InlineData("The western, directed by Marisol Etxeberria, beat tracking by about $5 million.")]
    [InlineData("The minimum was cut to 50 million birr, around $350,000 at current exchange rates.")]
    [InlineData("The Libra Tide will cost $199 in the US and £179 in the UK when it ships on March 12th.")]
    [InlineData("A grandmother from Kendal has swum the length of Windermere, raising more than £12,000 for the hospice.")]
    [InlineData("A fundraising page set up by the club to support his family had raised more than £23,000 by Tuesday afternoon.")]
    [InlineData("A GoFundMe started by his sister has raised about $8,400.")]
    [InlineData("The regulator has relied on an annual syndicated loan of more than $1 billion from international banks.")]
    [InlineData("It could happen again, slowly this time, through a thousand small exceptions to the rules.")]
    public void A_figure_the_thing_gives_or_the_writer_derives_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("A full-year goal of around 820 was missed.", "around 820")]
    [InlineData("The camp holds about 50,000 refugees.", "about 50,000")]
    [InlineData("The detention centre, which holds about 5,000, was close to full on Friday.", "about 5,000")]
    [InlineData("The Empress Ballroom crowd was put at around 3,000 for every session over the nine days.", "around 3,000")]
    [InlineData("The rally drew about 10,000 people to the city centre.", "about 10,000")]
    [InlineData("About 1,000 principals have banned phones this year.", "About 1,000")]
    [InlineData("Detectives have interviewed more than 200 witnesses.", "more than 200")]
    [InlineData("More than 1,000 chefs signed a letter against the list.", "More than 1,000")]
    [InlineData("At the count, the votes of more than 1,000 people were discarded.", "more than 1,000")]
    [InlineData("There was a fall of around 260,000 in the waiting list.", "around 260,000")]
    [InlineData("The storm caused around $350,000 in damage.", "around $350,000")]
    [InlineData("The film cost an estimated $150 million to produce, beating its budget.", "an estimated $150 million")]
    [InlineData("Looters took about $5 million by force.", "about $5 million")]
    [InlineData("The new bridge will cost about $199m.", "about $199m")]
    [InlineData("The national appeal has raised more than £2m for victims of the earthquake.", "more than £2m")]
    [InlineData("The appeal set up by the club had raised more than £23,000 by Tuesday afternoon.", "more than £23,000")]
    [InlineData("A fundraising page set up by the club had raised more than £2m by Tuesday.", "more than £2m")]
    [InlineData("Around 80,000 fans are expected to attend each day.", "Around 80,000")]
    [InlineData("In the end a thousand people were killed in the fighting.", "a thousand")]
    [InlineData("The factory has produced a million shells this year.", "a million")]
    public void The_claims_beside_them_are_still_reported(string text, string figure) => Reported(text, figure);

    [Theory]
    [InlineData("The film released on Friday and is estimated to have collected Rs. 45 crore on its second day.")]
    [InlineData("The film released on 3,900 screens on Friday and is estimated to have collected Rs. 45 crore on its second day.")]
    [InlineData("The film released on Friday and is estimated to have collected Rs 45 crore on its second day.")]
    public void A_sum_in_rupees_written_before_the_number_is_a_figure_and_a_hedge_after_and_reaches_only_its_clause(string text)
    {
        var diagnostic = Assert.Single(RuleHarness.Lint(text, "CL3001", "CL3002"));
        Assert.Equal(("CL3002", "'45 crore' is sourced only by 'is estimated': name who says so"), (diagnostic.Id, diagnostic.Message));
    }

    [Theory]
    [InlineData("About 500 jobs will go, it is understood.", "About 500")]
    [InlineData("About 500 jobs are thought to be at risk.", "About 500")]
    [InlineData("The club sold 3,900 season tickets, which is estimated to be a record.", "3,900")]
    public void A_hedge_after_a_figure_in_the_same_clause_still_hedges_it(string text, string figure) =>
        Assert.Contains(RuleHarness.Lint(text, "CL3002"), d => d.Message.StartsWith($"'{figure}'", StringComparison.Ordinal));

    [Fact]
    public void A_price_under_a_hedge_in_its_own_sentence_is_hearsay()
    {
        var found = RuleHarness.Lint("It is understood that the Polish side pushed for a price of around $30 million per tank during the talks.", "CL3001", "CL3002");

        var diagnostic = Assert.Single(found);
        Assert.Equal(("CL3002", "'around $30 million' is sourced only by 'It is understood': name who says so"), (diagnostic.Id, diagnostic.Message));
    }
}
