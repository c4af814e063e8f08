namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// Letters pages: the headline of the article a letter answers, cited in brackets with its date (CL3003), a letters
/// policy's length limit and a writer's own loss (CL3001); each beside the nearest shape that is still reported.
/// </summary>
public sealed class LettersPageTests
{
    [Theory]
    [InlineData("Your editorial (\"Rent relief a start, not a solution\", SMH, February 24) is right that renters need more.")]
    [InlineData("The council's approval of a 9% water rate increase (\"Council OKs water rate hike,\" March 5) was presented as routine.")]
    [InlineData("Your editorial endorsing the mayor (\"Okafor has earned another four years,\" Oct. 12) credits her with too much.")]
    [InlineData("The fall in attendance (\"Fans protest at price rises\", Sport, 7 April) should worry every chairman.")]
    [InlineData("The bus through three villages is to go (\"Rural bus route to be axed\", 9 May 2026).")]
    public void A_headline_cited_in_brackets_with_its_date_is_a_title(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("The chairman was unrepentant (\"we will not be lowering prices\", on the eve of 7 April) and the fans left.")]
    [InlineData("The chairman was unrepentant (\"we will not be lowering prices\", Sport) and the fans left.")]
    [InlineData("The chairman was unrepentant (\"we will not be lowering prices\") on 7 April and the fans left.")]
    public void A_bracketed_quotation_with_no_date_closing_the_brackets_is_still_speech(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL3003"));

    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("Letters should be no more than 250 words and must include a full postal address.")]
    [InlineData("Entries of up to 500 words should reach us by Friday.")]
    public void A_limit_on_the_length_of_a_text_is_a_rule(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Most toddlers know more than 250 words by the age of two.", "more than 250")]
    [InlineData("Children know up to 500 words by the age of two.", "up to 500")]
    [InlineData("The page received no more than 250 letters on the subject last year.", "more than 250")]
    public void A_count_of_words_with_no_limit_before_it_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("As a business owner on King Street East, I lost nearly a third of my customers during construction.")]
    [InlineData("We lost about 40% of our members during the pandemic.")]
    public void A_share_of_the_writer_s_own_things_is_the_writer_s_account(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Traders on King Street East lost nearly a third of their customers during construction.", "nearly a third")]
    [InlineData("Nearly a third of my neighbours lost their jobs last year.", "Nearly a third")]
    [InlineData("I know that nearly a third of my neighbours lost their jobs.", "nearly a third")]
    public void A_share_owned_by_anyone_else_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
