namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Furniture of trade and finance pages: a copyright line with the sign typed "(c)" (CL1110), the call to the discussion
/// after a question to the reader (CL1116), a next page link with its arrow (CL1107), a newsletter label over its pitch
/// and the short button (CL1103), sharing labels a blank line apart under their prompt (CL1113) and a company's fields before the reading time (CL1109); beside each, the
/// nearest line of copy, which is left alone.
/// </summary>
public sealed class TradePageFurnitureTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("(c) Western Energy Review 2026", "CL1110")]
    [InlineData("What do you think? Join the discussion in the comments.", "CL1116")]
    [InlineData("Next page >", "CL1107")]
    [InlineData("« Previous page", "CL1107")]
    [InlineData("Newsletter: Get the Energy Bills Briefing every Friday. Sign up now", "CL1103")]
    [InlineData("Northern Yilgarn Minerals (ASX: NYM) | Trading halt | 2 min read", "CL1109")]
    public void The_boilerplate_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("(c) The Housing Act 2004", "CL1110")]
    [InlineData("What do you think? Readers joined the discussion in the comments, the editor said.", "CL1116")]
    [InlineData("Page 1 of 2", "CL1107")]
    [InlineData("The next page of the report, she said, covers the budget.", "CL1107")]
    [InlineData("Newsletter: Get the Energy Bills Briefing, the council said, was popular.", "CL1103")]
    [InlineData("Energy | 12 April 2025 | 4 min read", "CL1109")]
    [InlineData("The shares were halted | the company said it would take 2 min to read the statement", "CL1109")]
    public void The_nearest_line_of_copy_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));

    [Fact]
    public void Sharing_labels_a_blank_line_apart_under_their_prompt_are_reported()
    {
        var text = Before + "Share this article\n\nFacebook\n\nX\n\nLinkedIn\n\nEmail\n";
        Assert.Single(RuleHarness.Lint(text, "CL1113"));
    }

    [Fact]
    public void The_same_lines_under_a_line_of_copy_are_left_alone()
    {
        var text = Before + "The report named three platforms:\n\nFacebook\n\nX\n\nLinkedIn" + After;
        Assert.Empty(RuleHarness.Lint(text, "CL1113"));
    }
}
