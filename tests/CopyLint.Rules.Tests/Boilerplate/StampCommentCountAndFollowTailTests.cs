namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A timestamp line that ends on the story's comment count ("November 20, 2026 02:14 PM 0") and follow and like prompts
/// with what the follower gets ("Follow us on Twitter, Mastodon and Bluesky to get our latest stories.", "Like us on
/// Facebook for more local news."); beside each, prose with the same words that must stay silent.
/// </summary>
public sealed class StampCommentCountAndFollowTailTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1005", "November 20, 2026 02:14 PM 0")]
    [InlineData("CL1005", "March 3, 2026 11:05 AM 12")]
    [InlineData("CL1108", "Follow us on Twitter, Mastodon and Bluesky to get our latest stories.")]
    [InlineData("CL1108", "Like us on Facebook for more local news.")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1005", "The update was released on November 20, 2026 at 02:14 PM to 3 million users.")]
    [InlineData("CL1005", "Saturday 7 June 2025, 7.30pm")]
    [InlineData("CL1108", "Follow us on Mastodon to get our latest stories, the band told fans before the tour, and many did.")]
    [InlineData("CL1108", "Like us on Facebook for more local news, the sheriff's office told residents, who ignored it.")]
    public void Prose_that_mentions_the_same_things_is_not(string id, string line) => Assert.Equal(0, Reports(id, line));
}
