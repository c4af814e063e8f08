namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture of sports pages: a "Last updated on" stamp, a date and time before a reading time, a timestamp with the
/// page's tags after it, the "Share full article" button, an outlet's "(c)" notice and an app or newsletter prompt after
/// a dash; beside each, a sentence of copy with the same words.
/// </summary>
public sealed class StampRowFullArticleShareAndDashedNewsletterTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Last updated on 6 March 2025, 14:20 GMT", "CL1005")]
    [InlineData("Aug 1, 2025 | 10:45 PM | 4 min read", "CL1005")]
    [InlineData("08/06/2025 - 15:42 | Tags: MotoGP, Marc Marquez, Ducati, Aragon", "CL1005")]
    [InlineData("Share full article", "CL1102")]
    [InlineData("Kyodo News (c) 2025. All rights reserved.", "CL1110")]
    [InlineData("Get tennis news sent straight to your phone - sign up to our newsletter", "CL1103")]
    public void A_sports_page_element_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("The page was last updated on 6 March 2025, the club said.", "CL1005")]
    [InlineData("Aug 1, 2025 | 10:45 PM | Montreal", "CL1005")]
    [InlineData("The draw on 08/06/2025 - 15:42 local time - set the tags for the season, officials said.", "CL1005")]
    [InlineData("She asked readers to share the full article with friends.", "CL1102")]
    [InlineData("Kyodo News said in 2025 that all rights were reserved by the league.", "CL1110")]
    [InlineData("Get the ball to the wing - sign up the striker, the fans chanted.", "CL1103")]
    public void The_same_words_in_copy_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
