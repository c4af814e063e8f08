namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1103 on a newsletter box's label, what the newsletter brings and on which day, and its short button; the same words
/// in a sentence, or with no button, are copy.
/// </summary>
public sealed class NewsletterDayPromptTests
{
    private const string Before = "The mill said prices had eased.\n\n";
    private const string After = "\n\nThe next auction is in March, the agents said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string line) => RuleHarness.Lint(Before + line + After, "CL1103");

    [Theory]
    [InlineData("Newsletter: get the week's timber market news every Monday. Subscribe now")]
    [InlineData("Newsletter: Get the best of our farm coverage every week. Sign up here.")]
    public void A_newsletter_label_with_its_day_and_button_is_a_prompt(string line) => Assert.Single(Lint(line));

    [Theory]
    [InlineData("Newsletter: get the week's timber market news every Monday.")]
    [InlineData("The newsletter gets the week's timber market news out every Monday, and subscribers now number 4,000.")]
    public void The_same_words_with_no_button_or_in_a_sentence_are_copy(string line) => Assert.Empty(Lint(line));
}
