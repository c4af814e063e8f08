namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1102 on a share bar whose label a colon joins to the networks, beside prose that speaks of sharing.</summary>
public sealed class ShareBarTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line) => RuleHarness.Lint(Before + line + After, "CL1102").Count;

    [Theory]
    [InlineData("Share this article: Facebook | X | LinkedIn | WhatsApp")]
    [InlineData("Share this story: Facebook, Bluesky, Email")]
    [InlineData("Share: Facebook · Threads · Telegram")]
    [InlineData("Share this page on Pinterest")]
    [InlineData("Share this article:  Facebook  Twitter  LinkedIn  Email")]
    [InlineData("Share this: Facebook | X | LinkedIn | Reddit")]
    [InlineData("Share this article: Facebook | X | LINE | Copy link")]
    [InlineData("Share this article: WeChat | Weibo | Facebook | X")]
    [InlineData("Share on Facebook Share on Twitter Share on KakaoTalk")]
    [InlineData("Comments (0) | Print | Email")]
    public void A_share_bar_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("Share this article: it explains the plan.")]
    [InlineData("Share: the council's share of the cost rose to 40%.")]
    [InlineData("Share this article on Facebook, the council urged residents, so that more people vote.")]
    [InlineData("Share: Facebook Twitter users said the outage lasted hours.")]
    [InlineData("Share this: Facebook removed the post within an hour, the company said.")]
    [InlineData("Share this article: Facebook | X | LINE | Copy link to the full report")]
    [InlineData("Share this article: WeChat users in Shanghai posted it within minutes.")]
    [InlineData("Share on KakaoTalk rose after the app's update, the company said.")]
    [InlineData("Comments (0) | Print | Email were the only buttons the old site offered, the editor said.")]
    public void Prose_about_sharing_is_left_alone(string line) => Assert.Equal(0, Reports(line));
}
