namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 in statistics-release and poll stories: a poll's answer after "said" is not what the share counts, deaths
/// counted beside births are vital statistics, a note on what the sourced report covers, and an organisation's size in
/// the clause that describes it; each beside the nearest shape that is still reported.
/// </summary>
public sealed class PollAnswerVitalCountAndDataBasisTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Asked what the most important issue facing the country was, 41% said housing and 19% said the cost of living.")]
    [InlineData("Asked about their finances, 22 per cent of respondents said the cost of energy was their main worry.")]
    public void A_poll_answer_after_said_is_not_what_the_share_costs(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Energy bills rose 19% as the cost of living climbed.", "19%")]
    [InlineData("The cost of living rose 19% in the city.", "19%")]
    public void A_share_of_a_cost_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("There were 291,000 births registered in the year, and 174,000 deaths.")]
    [InlineData("The county recorded 4,210 births and 3,870 deaths last year.")]
    public void Deaths_counted_beside_births_are_vital_statistics(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("There were 174,000 deaths registered in the year.", "174,000")]
    [InlineData("The floods caused 1,200 deaths in the province.", "1,200")]
    public void Deaths_counted_alone_are_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    private const string Sourced = "The birth rate fell to a record low, according to the report. The cesarean delivery rate was 32.4%, the report said.\n\n";

    [Fact]
    public void What_the_sourced_report_is_based_on_is_a_note_on_its_method() =>
        Assert.Empty(Figures(Sourced + "The report is based on more than 99% of birth certificates filed in all 50 states."));

    [Theory]
    [InlineData("The birth rate fell to a record low, officials said.\n\nThe report is based on more than 99% of birth certificates filed in all 50 states.")]
    [InlineData("The figures are based on more than 99% of birth certificates filed in all 50 states.")]
    public void The_same_note_with_no_such_report_sourced_above_is_still_reported(string text) => Assert.Contains("more than 99%", Figures(text));

    [Fact]
    public void An_organisation_s_size_in_the_clause_describing_it_is_background() =>
        Assert.Empty(Figures("Prairie Dial, which employs about 140 part-time interviewers, conducts surveys for universities and campaigns."));

    [Theory]
    [InlineData("Prairie Dial, which laid off about 140 part-time interviewers, conducts surveys for universities.", "about 140")]
    [InlineData("Prairie Dial employs about 140 part-time interviewers at its call centre.", "about 140")]
    public void A_cut_or_a_size_given_as_the_news_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));
}
