namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Shapes of page furniture that two surveys of unseen copy found missed (Bluesky and Threads embeds, unlabelled
/// timestamps, "Watch:" promos, "©" and "Credit..." picture credits, comment counters, follow prompts with a tail, run-on
/// correction notes), each as several outlets print it, beside prose that mentions the same things and must stay silent.
/// </summary>
public sealed class PageFurnitureShapeTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1002", "— Stephen King (@stephenkingofficial.bsky.social) June 7, 2024 at 9:14 PM")]
    [InlineData("CL1002", "— Emily Liu (@emilyliu.me) November 25, 2024 at 12:58 AM")]
    [InlineData("CL1002", "— The Guardian (@theguardian.com) 7 May 2025 at 14:05")]
    [InlineData("CL1002", "[image or embed]")]
    [InlineData("CL1002", "Post by @zuck")]
    [InlineData("CL1002", "View on Threads")]
    [InlineData("CL1005", "Sat 7 Jun 2025 06.00 BST")]
    [InlineData("CL1005", "Saturday 7 June 2025 06:00 BST")]
    [InlineData("CL1005", "June 7, 2025, 6:00 a.m. ET")]
    [InlineData("CL1005", "10:42 BST, 3 May 2025")]
    [InlineData("CL1005", "Last updated: 21:47, Sat 4 Oct 2025")]
    [InlineData("CL1005", "Last updated: 10:42, Sat 3 May 2025")]
    [InlineData("CL1005", "Published: Wed 14 May 2025 09.30 BST")]
    [InlineData("CL1005", "By Staff Reporters | Updated 2 hours ago")]
    [InlineData("CL1005", "By Jane Smith • Published 7 May 2025")]
    [InlineData("CL1001", "Watch: Moment the roof of the burning mill caves in")]
    [InlineData("CL1001", "WATCH: Firefighters battle blaze at derelict mill")]
    [InlineData("CL1001", "▶ Watch: Dockworkers form picket lines at Port Newark (2:14)")]
    [InlineData("CL1002", "Embedded tweet: @DeerParkTX — \"Shelter in place order lifted for areas north of Spencer Highway.\" 8:42 PM · Sep 16, 2024")]
    [InlineData("CL1106", "© Sebastien Bozon/AFP via Getty Images")]
    [InlineData("CL1106", "© Reuters")]
    [InlineData("CL1106", "© Sebastien Bozon, AFP")]
    [InlineData("CL1106", "© Provided by The Independent")]
    [InlineData("CL1106", "© Bristol Post")]
    [InlineData("CL1106", "© Guardian News and Media Limited")]
    [InlineData("CL1106", "©The Estate of Francis Bacon")]
    [InlineData("CL1106", "Credit...Lauren DeCicca/The New York Times")]
    [InlineData("CL1106", "Credit…Doug Mills/The New York Times")]
    [InlineData("CL1107", "1,204 comments")]
    [InlineData("CL1107", "27 Comments")]
    [InlineData("CL1107", "Comments (312)")]
    [InlineData("CL1107", "View all 27 comments")]
    [InlineData("CL1108", "Follow us on Instagram and TikTok for the latest tech news and reviews")]
    [InlineData("CL1108", "Follow BBC Sport on X for the latest news.")]
    [InlineData("CL1108", "Follow us on Facebook, X and Instagram for all the latest updates")]
    [InlineData("CL1005", "Last updated 14:32 CET | 3 min read")]
    [InlineData("CL1005", "Updated: 9:42 a.m. ET · 4 min read")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1002", "The post on Bluesky drew 27 comments within an hour.")]
    [InlineData("CL1002", "— Stephen King, in a post on Bluesky on June 7, 2024 at 9:14 PM")]
    [InlineData("CL1002", "— Stephen King (@stephenking.bsky.social) June 7, 2024 at 9:14 PM, in a reply")]
    [InlineData("CL1002", "Post by post, the council is moving its notices to Threads.")]
    [InlineData("CL1002", "Readers can view on Threads the posts the minister later deleted.")]
    [InlineData("CL1002", "Embedded tweets from @DeerParkTX told residents to shelter in place, the city said.")]
    [InlineData("CL1005", "The report was published on 7 June 2025 at 10:42, the council said.")]
    [InlineData("CL1005", "Updated 9:42 a.m. ET")]
    [InlineData("CL1005", "Last updated 14:32 CET")]
    [InlineData("CL1005", "Last updated: 2:15 p.m. CDT, Aug. 27")]
    [InlineData("CL1005", "14:52")]
    [InlineData("CL1005", "Sat 7 Jun 2025")]
    [InlineData("CL1005", "Saturday 7 June 2025, 7.30pm")]
    [InlineData("CL1005", "Royal Lyceum Theatre, 7 June 2025, 19:30 BST")]
    [InlineData("CL1005", "By Tuesday, 7 May 2025, at 10:42 the count was over.")]
    [InlineData("CL1005", "By 7 May 2025 the council had spent £2m.")]
    [InlineData("CL1001", "Watch: the video shows the roof falling in, the fire service said.")]
    [InlineData("CL1001", "Watch the moment the roof caves in on our website.")]
    [InlineData("CL1106", "The photographer's picture, credited to Reuters, was used without permission.")]
    [InlineData("CL1106", "© 2025 Guardian News & Media Limited")]
    [InlineData("CL1106", "© Bristol Post reported the figures on Monday.")]
    [InlineData("CL1106", "The © on the Bristol Post masthead dates from 1932.")]
    [InlineData("CL1106", "© the council")]
    [InlineData("CL1106", "Credit... where credit is due, the council said.")]
    [InlineData("CL1106", "Credit card spending rose 4% in May, the bank said.")]
    [InlineData("CL1107", "The post on Bluesky drew 27 comments within an hour.")]
    [InlineData("CL1107", "27 comments were received in the consultation.")]
    [InlineData("CL1107", "Comments (including those of the minister) were recorded.")]
    [InlineData("CL1108", "Follow us on Instagram for the latest news, the minister told supporters.")]
    [InlineData("CL1108", "Fans can follow the team on Instagram for the latest news, the club said.")]
    [InlineData("CL1108", "Follow us on Instagram and TikTok for the latest news. Then vote, she told the crowd.")]
    public void Prose_that_mentions_the_same_things_is_not(string id, string line) => Assert.Equal(0, Reports(id, line));

    [Theory]
    [InlineData("Right now it is not even close.\"This article was amended on 9 June 2025. An earlier version gave the wrong figure for completions.")]
    [InlineData("The council approved the plan.This article was amended on 9 June 2025 to give the right date.")]
    [InlineData("The vote was 12 to 3.  This article was amended on 10 June 2025 to correct the spelling of a name.")]
    public void A_correction_note_run_on_to_copy_is_reported(string line) =>
        Assert.Equal("CL1112", Assert.Single(RuleHarness.Lint(Before + line + After, "CL1112")).Id);

    [Theory]
    [InlineData("This article was amended on 9 June 2025. An earlier version gave the wrong figure for completions.")]
    [InlineData("*This article was amended on 26 November 2025. An earlier version gave the wrong date.*")]
    [InlineData("The editor said this article was amended on 9 June 2025 after a complaint.")]
    [InlineData("The paper admitted the error. This article was then amended to give the right figure.")]
    [InlineData("A footnote was added to the online article: \"This article was amended on 14 November 2025. An earlier headline described the ward as a Labour heartland.\"")]
    [InlineData("A footnote was added to the online article: “This article was amended on 14 November 2025. An earlier headline gave the wrong ward.”")]
    public void A_correction_note_of_its_own_or_prose_about_one_is_not(string line) =>
        Assert.Empty(RuleHarness.Lint(Before + line + After, "CL1112"));
}
