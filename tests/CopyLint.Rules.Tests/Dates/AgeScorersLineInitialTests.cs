namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on a scorers line's initial and surname ("D Burke-Walsh 2-4"), which is the player the story names in full
/// when the initial is his given name's, beside an initial that is not, which names someone else.
/// </summary>
public sealed class AgeScorersLineInitialTests
{
    [Theory]
    [InlineData("Corner-forward Dónal Burke-Walsh, 30, found the net twice.\n\nBurke-Walsh, 31, said it was the best day of his career.\n\nScorers - Dublin: D Burke-Walsh 2-4, A Dunphy 0-9 (0-7f), C Crummey 0-2.", "'Burke-Walsh' is 31 here but 30 on line 1")]
    [InlineData("Full-forward Shane Walsh-Cunningham, 32, scored the winning penalty.\n\nWalsh-Cunningham, 33, said he had not been nervous.\n\nScorers - Kilmacud Crokes: S Walsh-Cunningham 0-6 (0-4f), P Mannion 1-1.", "'Walsh-Cunningham' is 33 here but 32 on line 1")]
    public void A_surname_against_the_full_name_its_scorers_initial_matches_is_reported(string text, string message) =>
        Assert.Equal(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);

    [Theory]
    [InlineData("Full-forward Aoife Dolan, 24, scored 1-5.\n\nDolan, 25, said the defence deserved the credit.\n\nScorers - Meath: E Dolan 1-5 (0-3f), V Wall 0-3.")]
    public void A_surname_beside_a_scorer_with_another_initial_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));
}
