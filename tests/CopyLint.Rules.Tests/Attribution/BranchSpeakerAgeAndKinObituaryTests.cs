namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 and CL3002 on a union branch named with its number that speaks ("District 837 said"), an age given as an
/// estimate ("is believed to be about 193") and an obituary a relative writes in the first person; beside each, the
/// count that stays reported.
/// </summary>
public sealed class BranchSpeakerAgeAndKinObituaryTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001", "CL3002").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The International Association of Machinists and Aerospace Workers District 837 said 68% of voting members approved the deal. About 3,200 workers build fighter jets at the plants.")]
    [InlineData("Teamsters Local 100 said 68% of voting members approved the deal. About 3,200 drivers work at the depots.")]
    public void A_branch_named_with_its_number_speaks_for_the_next_sentence(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Machinists voted to ratify the deal, and 837 said they approved it. About 3,200 workers build fighter jets at the plants.", "About 3,200")]
    [InlineData("The vote was held in District 837 on Thursday. About 3,200 workers build fighter jets at the plants.", "About 3,200")]
    public void A_count_before_said_or_a_branch_that_says_nothing_is_no_source(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Jonathan, a Seychelles giant tortoise who lives on St. Helena, is believed to be about 193, making him the oldest known living land animal.")]
    [InlineData("The church is believed to be about 900 years old.")]
    public void An_age_is_no_claim(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The death toll is believed to be about 300, making it the deadliest quake in a decade.", "about 300")]
    [InlineData("The tortoise, the oldest on the island, is believed to have about 193 offspring.", "about 193")]
    public void A_toll_or_a_count_beside_an_age_word_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));

    private const string KinLede = "# Dorothy Ashworth obituary\n\nMy mother, Dorothy Ashworth, who has died aged 93, was a librarian who persuaded the county council to buy a van.\n\n";

    [Fact]
    public void A_life_told_by_the_subject_s_relative_is_the_writer_s_knowledge() =>
        Assert.Empty(Figures(KinLede + "The mobile library visited more than 120 villages every fortnight."));

    [Theory]
    [InlineData("# Dorothy Ashworth obituary\n\nDorothy Ashworth, who has died aged 93, was a librarian who persuaded the county council to buy a van.\n\n"
        + "The mobile library visited more than 120 villages every fortnight.", "more than 120")]
    [InlineData(KinLede + "Floods that winter killed more than 120 people in the valley.", "more than 120")]
    public void A_third_person_obituary_or_a_toll_is_still_reported(string text, string figure) => Assert.Contains(figure, Figures(text));
}
