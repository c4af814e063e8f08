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

    [Fact]
    public void A_wordpress_related_posts_block_is_reported() =>
        Assert.Equal(1, Reports("Related Posts\nFRA to buy 1.5 million tonnes of maize\nZESCO reduces load-shedding to eight hours", "CL1001"));

    [Fact]
    public void Related_posts_in_a_sentence_are_left_alone() =>
        Assert.Equal(0, Reports("Related posts on the ministry's page were taken down, the spokesperson said.", "CL1001"));
}
