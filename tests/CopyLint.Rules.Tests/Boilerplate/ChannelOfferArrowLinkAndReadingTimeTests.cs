namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// An outlet's offer of its email, app and podcast or of push alerts (CL1103), a next or previous link with its arrows
/// (CL1107) and a labelled reading time (CL1109); beside prose using the same words.
/// </summary>
public sealed class ChannelOfferArrowLinkAndReadingTimeTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Get our breaking news email, free app or daily news podcast", "CL1103")]
    [InlineData("Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone", "CL1103")]
    [InlineData("Next article >>", "CL1107")]
    [InlineData("« Previous story", "CL1107")]
    [InlineData("Save · Share · Reading time: 4 min", "CL1109")]
    [InlineData("Reading time: 4 minutes", "CL1109")]
    public void The_boilerplate_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Get our breaking news email, the editor said, and you will see the story first.", "CL1103")]
    [InlineData("Residents can sign up for push alerts from the council when roads are closed, she said.", "CL1103")]
    [InlineData("The next article in the series, she said, will cover the budget.", "CL1107")]
    [InlineData("The reading time for the report is 4 minutes, the council said.", "CL1109")]
    public void Prose_with_the_same_words_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
