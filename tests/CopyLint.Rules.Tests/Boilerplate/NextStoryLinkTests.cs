namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1107 on the links a scrape keeps at a story's foot: "Back to top | Next story" is page navigation; the same words in a
/// sentence are copy.
/// </summary>
public sealed class NextStoryLinkTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string line) => RuleHarness.Lint(Before + line + After, "CL1107");

    [Theory]
    [InlineData("Back to top | Next story")]
    [InlineData("Next story | Back to top")]
    public void A_next_story_link_is_page_navigation(string line) => Assert.Single(Lint(line));

    [Theory]
    [InlineData("The next story in the series looks at the mills that stopped buying.")]
    [InlineData("Back to top of the table, the coach said of the next story in his career.")]
    public void The_next_story_in_a_sentence_or_over_a_title_is_copy(string line) => Assert.Empty(Lint(line));
}
