namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Furniture a scrape runs together on one line: Instagram's two embed lines, a "Related Stories:" cue with its headlines
/// parted by bars, and a caption closed by AP's own credit without brackets ("AP Photo/Darron Cummings"); beside each,
/// copy with the same words.
/// </summary>
public sealed class RunTogetherEmbedBarredRelatedAndAgencyPhotoCreditTests
{
    private const string Before = "Palou won the race on Sunday, his team said.\n\n";
    private const string After = "\n\nHe will race again next week, the team said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("View this post on Instagram A post shared by MotoGP™ (@motogp)", "CL1002")]
    [InlineData("Related Stories: Korda wins Chevron for second major | LPGA schedule 2025", "CL1001")]
    [InlineData("Alex Palou drinks the milk in Victory Lane. AP Photo/Darron Cummings", "CL1003")]
    public void A_run_together_page_element_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Fans were urged to view this post on Instagram, a post shared by the team, the promoter said.", "CL1002")]
    [InlineData("Related stories about Korda's win ran all week, the tour said.", "CL1001")]
    [InlineData("Alex Palou drinks the milk in Victory Lane. AP photographers lined the fence.", "CL1003")]
    public void The_same_words_in_copy_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
