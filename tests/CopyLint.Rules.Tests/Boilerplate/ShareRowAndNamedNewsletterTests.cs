namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1102 on a row of buttons each with its own label ("Share on Facebook  Share on X  Copy link"), and CL1103 on a
/// newsletter named, then described ("Sign up to Football Daily, our free email …"), beside prose that speaks of both.
/// </summary>
public sealed class ShareRowAndNamedNewsletterTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Share on Facebook  Share on X  Share via Email  Copy link")]
    [InlineData("Share on WhatsApp Share on LinkedIn")]
    [InlineData("Share via Email | Share on Bluesky | Share on Threads")]
    [InlineData("Share on Facebook | Share on X | Email")]
    [InlineData("Share on LinkedIn | Share on X | Email this story")]
    [InlineData("Share this with Email Facebook X WhatsApp")]
    [InlineData("Share this article on Facebook Share on Twitter Share via WhatsApp")]
    [InlineData("Don't forget to like and share this article with your friends!")]
    public void A_row_of_share_buttons_is_reported(string line) => Assert.Equal(1, Reports(line, "CL1102"));

    [Theory]
    [InlineData("Share on Facebook and share on X, the campaign told its supporters.")]
    [InlineData("Share on Facebook  Share on X  Share via Email, readers were urged")]
    [InlineData("Share on Facebook | Share on X | Email the council")]
    [InlineData("Share on LinkedIn | Share on X | Email this story to your MP")]
    [InlineData("Share this with friends on Facebook and WhatsApp, the organisers said.")]
    [InlineData("Don't forget to like and share this article with your friends, the influencer told her followers.")]
    public void Prose_about_sharing_buttons_is_left_alone(string line) => Assert.Equal(0, Reports(line, "CL1102"));

    [Theory]
    [InlineData("Sign up to Football Daily, our free email with all the latest transfer news. Enter your email address to subscribe.")]
    [InlineData("Sign up for Morning Mail, our free daily briefing.")]
    [InlineData("Sign up to our Business Today newsletter. Enter your email address to subscribe.")]
    [InlineData("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.")]
    [InlineData("Never miss a story: sign up for our Africa newsletter.")]
    [InlineData("Subscribe to Club of Mozambique to receive our daily news digest by email.")]
    public void A_newsletter_named_then_described_is_reported(string line) => Assert.Equal(1, Reports(line, "CL1103"));

    [Theory]
    [InlineData("Sign up to Football Daily, our free email, was the most read item of the year.")]
    [InlineData("Sign up to the gym, the coach told her, and the rest will follow.")]
    [InlineData("The privacy notice said newsletters may contain info about charities and online ads.")]
    [InlineData("Sign up to Football Daily, our free email with all the latest news. Then the club told fans to stay home.")]
    [InlineData("Never miss a story: sign up for our Africa newsletter, the editor told readers in 2019.")]
    [InlineData("Subscribe to Club of Mozambique to receive our daily news digest by email, and you will see why, the owner said.")]
    public void Sentences_about_signing_up_are_left_alone(string line) => Assert.Equal(0, Reports(line, "CL1103"));
}
