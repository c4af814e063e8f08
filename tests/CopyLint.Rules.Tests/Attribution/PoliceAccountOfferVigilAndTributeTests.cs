namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// Police, crash and prison copy: a paragraph that goes on with "He" from an account the paragraph before closed with
/// the force's tag, a hiring bonus "of up to" a sum, the crowd at a vigil (CL3001), and a family's tribute quoted as
/// what they paid tribute to (CL3003); beside each, the shape that stays reported.
/// </summary>
public sealed class PoliceAccountOfferVigilAndTributeTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    private const string Account = "A man entered the store at about 9.45pm on Sunday and demanded cash from the till, Avon and Somerset Police said.\n\n";

    [Theory]
    [InlineData(Account + "He threatened the shopkeeper with a knife before leaving with about £400 in cash.\n")]
    [InlineData(Account + "She threatened the shopkeeper with a knife before leaving with about £400 in cash.\n")]
    public void A_paragraph_going_on_with_the_account_a_tag_closed_takes_its_source(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("A man entered the store at about 9.45pm on Sunday and demanded cash from the till.\n\nHe threatened the shopkeeper with a knife before leaving with about £400 in cash.\n", "about £400")]
    [InlineData(Account + "It was the third robbery in the street this year, with more than £4,000 taken in all.\n", "more than £4,000")]
    [InlineData(Account + "The thief left with about £400 in cash.\n", "about £400")]
    [InlineData("Police said a man had entered the store and demanded cash from the till.\n\nHe left with about £400 in cash.\n", "about £400")]
    public void Without_the_tag_or_the_pronoun_it_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_hiring_bonus_of_up_to_a_sum_is_the_offer_s_term() =>
        Assert.Empty(Figures("The department has raised starting pay and offered hiring bonuses of up to $7,500 at facilities with the worst shortages."));

    [Theory]
    [InlineData("Officers could receive bonuses of up to $7,500 if the bill passes.", "up to $7,500")]
    [InlineData("The shortages could cause losses of up to $7,500 a day at each prison.", "up to $7,500")]
    public void A_bonus_that_may_come_or_a_cap_on_no_offer_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void The_crowd_at_a_vigil_is_an_attendance() =>
        Assert.Empty(Figures("About 300 people attended the vigil outside the school, where candles were placed around a photo of him."));

    [Theory]
    [InlineData("About 3,000 people attended the rally outside the school.", "About 3,000")]
    [InlineData("An estimated 300 people attended the vigil outside the school.", "An estimated 300")]
    public void A_rally_s_turnout_or_an_estimated_crowd_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("The family of a man who died in a crash on the A1 have paid tribute to a \"gentle giant who would do anything for anyone\".")]
    [InlineData("His teammates are paying tribute to \"the best captain this club has had in fifty years\".")]
    public void A_tribute_s_words_are_its_payers(string text) => Assert.Empty(RuleHarness.Lint(text, "CL3003"));

    [Theory]
    [InlineData("Tributes were paid to a \"gentle giant who would do anything for anyone\".")]
    [InlineData("The funeral was a tribute to a \"gentle giant who would do anything for anyone\".")]
    public void A_tribute_with_no_one_paying_it_is_still_reported(string text) => Assert.Single(RuleHarness.Lint(text, "CL3003"));
}
