namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture of Australian and Indian outlets, non-profit newsrooms and wire desks: timestamps after a byline or a
/// dash, the save button and its prompt, licensing links, a single related link, ABC captions and newsletter boxes, an
/// outlet's promo line, a donation appeal, a wire desk's sign-off; beside each, a sentence of copy with the same words.
/// </summary>
public sealed class RegionalFooterAndStampTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("TNN | Nov 18, 2026, 04.12 AM IST", "CL1005")]
    [InlineData("November 10, 2026 — 5.00am", "CL1005")]
    [InlineData("Save", "CL1107")]
    [InlineData("Log in, register or subscribe to save articles for later.", "CL1107")]
    [InlineData("License this article", "CL1107")]
    [InlineData("VIDEO 03:12", "CL1107")]
    [InlineData("VIDEO03:1203:12", "CL1107")]
    [InlineData("ABC Newsletters", "CL1103")]
    [InlineData("Get our breaking news alerts, delivered direct to your inbox.", "CL1103")]
    [InlineData("Catch all the Latest Delhi News, Breaking News along with Top Headlines at Hindustan Times.", "CL1104")]
    [InlineData("Perhaps you noticed: This story, like all the news we publish, is free to read. That's because Inside Climate News is a 501c3 nonprofit organization. We do not charge a subscription fee. Donate now.", "CL1116")]
    [InlineData("Sharelines from this story", "CL1102")]
    [InlineData("Follow", "CL1108")]
    [InlineData("📷 International students at a university orientation day in Melbourne. (ABC News: Patrick Rocca)", "CL1003")]
    public void A_regional_page_element_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("The hearing is set for Nov 18, 2026, at 10.30am in the high court.", "CL1005")]
    [InlineData("Saturday 7 June 2025, 7.30pm", "CL1005")]
    [InlineData("Save the date, the organisers said in a statement.", "CL1107")]
    [InlineData("Video 2:45 shows the moment the bridge gave way, police said.", "CL1107")]
    [InlineData("Readers can log in, register or subscribe to save articles for later, the company said.", "CL1107")]
    [InlineData("The ABC newsletters reach more than a million readers, the broadcaster said.", "CL1103")]
    [InlineData("Catch all the latest trains at Central, the operator told commuters.", "CL1104")]
    [InlineData("The group is a nonprofit, and its director urged residents to donate now.", "CL1116")]
    [InlineData("Follow the money, she said.", "CL1108")]
    public void The_same_words_in_copy_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));

    [Fact]
    public void A_single_related_link_under_its_cue_is_reported() =>
        Assert.Single(RuleHarness.Lint(Before + "RELATED ARTICLE\n'They're kids, not machines': the cost of chasing a selective school place\n", "CL1001"));

    [Fact]
    public void A_related_article_in_a_sentence_is_left_alone() =>
        Assert.Empty(RuleHarness.Lint(Before + "The related article ran on Sunday, the editor said.\n", "CL1001"));

    [Theory]
    [InlineData("Published at : October 5, 2025", "CL1005")]
    [InlineData("Published at 06:15 pm November 24th, 2025", "CL1005")]
    [InlineData("Last updated at 06:40 pm November 24th, 2025", "CL1005")]
    [InlineData("Tags: St. Patrick's Day, Kingston, Hudson Valley, Irish America", "CL1109")]
    [InlineData("Follow IRNA on Telegram and X for the latest updates.", "CL1108")]
    [InlineData("Like and follow Dhaka Tribune on Facebook for more updates.", "CL1108")]
    [InlineData("Advertisement - Continue Reading Below", "CL1101")]
    public void A_south_asian_or_diaspora_page_element_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("The report was published at 06:15 pm on November 24th, 2025, the bank said.", "CL1005")]
    [InlineData("Tags: St. Patrick's Day is the one day the whole town turns out, the mayor said.", "CL1109")]
    [InlineData("Many readers follow IRNA on Telegram and X for the latest updates, the agency said.", "CL1108")]
    [InlineData("Advertisement revenue continued to fall below forecasts, the publisher said.", "CL1101")]
    public void The_same_words_in_a_sentence_of_copy_are_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
