namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on a given name after a courtesy title, as Thai copy refers to a person ("Prasert Wongchai, 61" … "Mr Prasert,
/// 63"); a story that refers to the person by surname, alone or after a title, may mean someone else by "Mr Prasert".
/// </summary>
public sealed class AgeTitledGivenNameTests
{
    [Theory]
    [InlineData("Prasert Wongchai, 61, was sentenced on Tuesday.\n\nMr Prasert, 63, denied the charges.", "is 63 here but 61 on line 1")]
    [InlineData("Thanakorn Phumiphak, 39, won the seat.\n\nMr Thanakorn, 38, thanked voters.", "is 38 here but 39 on line 1")]
    [InlineData("Prasert Wongchai, 61, was sentenced on Tuesday.\n\nPrasert, 63, denied the charges.", "is 63 here but 61 on line 1")]
    public void A_given_name_with_or_without_a_title_against_the_full_name_it_opens_is_reported(string text, string message) =>
        Assert.Contains(message, Assert.Single(RuleHarness.Lint(text, "CL4003")).Message);

    [Theory]
    [InlineData("Prasert Wongchai, 61, was sentenced on Tuesday.\n\nWongchai said he would appeal.\n\nMr Prasert, 35, was also in court.")]
    [InlineData("Jordan Price, 23, was sentenced on Tuesday.\n\nMr Price said he would appeal.\n\nMr Jordan, 45, a neighbour, gave evidence.")]
    [InlineData("Jordan Price, 23, was sentenced on Tuesday.\n\nMr Price said he would appeal.\n\nJordan, 45, a neighbour, gave evidence.")]
    public void A_given_name_in_a_story_that_uses_the_surname_is_left_alone(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL4003"));
}
