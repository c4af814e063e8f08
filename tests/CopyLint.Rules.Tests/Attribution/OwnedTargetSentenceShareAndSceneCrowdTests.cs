namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a target its owner states as the subject of "is" ("The Government's goal, set in its strategy, is for one
/// million people to …"), a share of a prison sentence ("eligible for parole after serving a third of his sentence") and a crowd of two kinds of people at
/// the scene ("about 200 nurses and supporters gathered"); each beside the claim of the same shape still reported.
/// </summary>
public sealed class OwnedTargetSentenceShareAndSceneCrowdTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Theory]
    [InlineData("The Government's goal, set in its language strategy, is for one million people to speak basic te reo by 2040.")]
    [InlineData("The council's target is to plant more than 10,000 trees by 2030.")]
    [InlineData("Its aim was for about 5,000 households to be connected by the end of the year.")]
    public void A_target_its_owner_states_is_the_owner_s_policy(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("The goal, set in the language strategy, is for one million people to speak basic te reo by 2040.", "one million")]
    [InlineData("The council's target is close now that more than 10,000 trees have been planted.", "more than 10,000")]
    public void A_target_with_no_owner_or_a_count_beside_it_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("Hapuku-Wilson will be eligible for parole after serving a third of his sentence.")]
    [InlineData("She must serve half of her sentence before she can apply for parole.")]
    public void A_share_of_a_prison_sentence_is_a_term(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Nearly a third of his patients died within a year.", "Nearly a third")]
    [InlineData("About a third of prisoners serve their whole sentence.", "About a third")]
    public void A_share_of_people_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Fact]
    public void A_crowd_of_two_kinds_of_people_at_the_scene_is_the_reporter_s_count() =>
        Assert.Empty(Figures("At the city hospital, about 200 nurses and supporters gathered on the footpath outside the main entrance."));

    [Fact]
    public void Two_kinds_of_people_with_no_scene_verb_are_still_a_claim() =>
        Assert.Contains("about 200", Figures("At the city hospital, about 200 nurses and supporters were arrested on the footpath."));
}
