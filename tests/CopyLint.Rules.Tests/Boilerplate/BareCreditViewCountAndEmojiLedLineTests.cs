namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Small variants of furniture lines the pack knows: a credit naming the photographer alone after "by" or a courtesy
/// after the cue's colon (CL1106), a blog's byline with its view count (CL1109), dated fields with the page's links after
/// them (CL1005), and any line rule's furniture after an emoji (CL1103); the same words in a sentence stay silent.
/// </summary>
public sealed class BareCreditViewCountAndEmojiLedLineTests
{
    private const string Before = "Rescue teams worked through the night in Badulla on Tuesday.\n\n";
    private const string After = "\n\nThe search resumed at dawn, the police said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1106", "Photo by Palitha Ariyawansa")]
    [InlineData("CL1106", "Picture by Jane Doe")]
    [InlineData("CL1106", "Photo: Courtesy of Pioneer Adventure")]
    [InlineData("CL1106", "Photo courtesy of the Nepal Army")]
    [InlineData("CL1109", "Posted by Daily Mirror Online | 1,204 views")]
    [InlineData("CL1109", "Posted by Staff Writer · 87 views")]
    [InlineData("CL1005", "Published 12 April 2026 | Last updated 13 April 2026 | Swimming | Comments")]
    [InlineData("CL1005", "Published: 12 April 2026 | Sport")]
    [InlineData("CL1103", "📧 Get the latest Olympic sports news in your inbox. Sign up for our newsletter.")]
    [InlineData("CL1103", "✉️ Sign up for our newsletter")]
    [InlineData("CL1108", "👉 Follow us on Instagram")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    /// <summary>The nearest lines the rules already reported, which they must keep reporting.</summary>
    [Theory]
    [InlineData("CL1106", "Photo by: Abdi Hassan / Devex")]
    [InlineData("CL1106", "Image courtesy of Sizewell C")]
    [InlineData("CL1109", "Posted by Staff Writer | 5 min read")]
    [InlineData("CL1005", "Published 12 April 2026 | Last updated 13 April 2026")]
    [InlineData("CL1103", "Get the latest Olympic sports news in your inbox. Sign up for our newsletter.")]
    [InlineData("CL1106", "© Reuters")]
    public void The_line_without_the_variant_is_still_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1106", "The photo by Reuters' Jane Doe won the award.")]
    [InlineData("CL1106", "Photo by photo, the archive was rebuilt.")]
    [InlineData("CL1106", "A photo by Palitha Ariyawansa shows the slope.")]
    [InlineData("CL1106", "Photos courtesy of the family were shown at the funeral.")]
    [InlineData("CL1109", "The video posted by the ministry had 1,204 views.")]
    [InlineData("CL1109", "Posted by Daily Mirror Online | 1,204 views and counting, the clip went viral.")]
    [InlineData("CL1005", "Published 12 April 2026 | the day the trials opened, the report is online.")]
    [InlineData("CL1005", "Published 12 April 2026, the report runs to 40 pages.")]
    [InlineData("CL1103", "📧 Readers who get the latest news in their inbox signed up for our newsletter in May.")]
    [InlineData("CL1103", "The club said fans could sign up for its newsletter 📧")]
    public void Prose_that_mentions_the_same_things_is_not(string id, string line) => Assert.Equal(0, Reports(id, line));
}
