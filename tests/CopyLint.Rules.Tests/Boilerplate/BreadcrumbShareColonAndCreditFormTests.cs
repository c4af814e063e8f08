namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture a scrape leaves (a breadcrumb trail, "Share this article:" over its buttons, the
/// Nation's caption credit between bars, a lender's "(Courtesy …)" credit), each beside copy of the same shape that must
/// stay silent.
/// </summary>
public sealed class BreadcrumbShareColonAndCreditFormTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string lines, string id) => RuleHarness.Lint(Before + lines + After, id);

    [Theory]
    [InlineData("Home > North Korea > Defense")]
    [InlineData("Home » News » World » Asia-Pacific")]
    [InlineData("Home › Politics")]
    [InlineData("Home / Business / Markets")]
    [InlineData("HOME > NEWS > LOCAL")]
    [InlineData("Home » Sport » Darts » Van Gerwen ends title drought in Dortmund")]
    public void A_breadcrumb_trail_is_page_navigation(string line) => Assert.Single(Lint(line, "CL1107"));

    [Theory]
    [InlineData("Home Secretary Yvette Cooper said arrivals > 30,000 a year were too many.")]
    [InlineData("Home sales rose > 5% in May")]
    [InlineData("Home > away, the coach said, and the table shows it.")]
    [InlineData("Home and away / league and cup: the club won all four")]
    [InlineData("Home")]
    [InlineData("Home » Van Gerwen ends title drought in Dortmund after a long year")]
    [InlineData("Home > away > cup, the coach said, and the league is the one that matters most")]
    public void A_line_with_home_and_an_arrow_that_is_a_sentence_is_not(string line) => Assert.Empty(Lint(line, "CL1107"));

    [Fact]
    public void Share_this_article_with_a_colon_over_its_buttons_is_reported_with_them()
    {
        var text = Before + "Share this article:\nFacebook\nTwitter\nWhatsApp\nEmail" + After;

        Assert.Equal(3, Assert.Single(RuleHarness.Lint(text, "CL1102")).Start.Line);
        var labels = Assert.Single(RuleHarness.Lint(text, "CL1113"));
        Assert.Equal((4, 7), (labels.Start.Line, labels.End.Line));
    }

    [Theory]
    [InlineData("Share this article: the council wants every resident to see the plan.")]
    [InlineData("Share your views: write to the council by Friday.")]
    [InlineData("Shares: 1,204")]
    public void A_share_word_before_a_colon_in_a_sentence_is_not_a_button(string line) => Assert.Empty(Lint(line, "CL1102"));

    [Fact]
    public void Platform_names_under_a_line_with_a_colon_that_is_no_prompt_are_not_buttons() =>
        Assert.Empty(Lint("The company runs three apps:\nFacebook\nInstagram\nWhatsApp", "CL1113"));

    [Theory]
    [InlineData("Protesters run from tear gas on Moi Avenue in Nairobi on Tuesday. PHOTO | FILE | NATION MEDIA GROUP")]
    [InlineData("Traders count their stock at Gikomba market. PHOTO | DENNIS ONSONGO | NATION")]
    [InlineData("PHOTO | AFP")]
    public void A_caption_signed_in_capitals_between_bars_is_reported(string line) => Assert.Single(Lint(line, "CL1003"));

    [Theory]
    [InlineData("Pictures were filed under PHOTO | ARCHIVE, the court heard.")]
    [InlineData("The paper's style guide sets a credit as photo | agency.")]
    [InlineData("Protesters ran from tear gas. PHOTO | The police said they were armed")]
    public void Bars_in_a_sentence_are_no_credit(string line) => Assert.Empty(Lint(line, "CL1003"));

    [Theory]
    [InlineData("The Leviathan production platform off the coast of Dor, November 2026. (Courtesy NewMed Energy)")]
    [InlineData("The crew of the first flight in 1969 (Photo courtesy of NASA)")]
    [InlineData("Grace Wanjiru at her stall in 2019. (Courtesy of the family)")]
    [InlineData("Lahore Qalandars players celebrate with the trophy at the Gaddafi Stadium on Sunday night. — Photo courtesy PCB")]
    [InlineData("Fans queue outside the National Stadium in Karachi. — Courtesy Karachi Kings")]
    public void A_caption_closing_with_a_lenders_credit_is_reported(string line) => Assert.Single(Lint(line, "CL1003"));

    [Theory]
    [InlineData("He arrived at the hearing with a black eye (courtesy of his brother)")]
    [InlineData("The gallery hung the painting in its main hall (courtesy of a private collector in Basel who asked not to be named)")]
    [InlineData("Tickets were handed out at the gate (Courtesy passes were not accepted after 6pm, organisers said)")]
    [InlineData("The board will meet again on Monday. — Reuters")]
    [InlineData("He left the ground early. — courtesy of his captain, who sent him home to rest before the final")]
    public void A_courtesy_aside_in_copy_is_not_a_credit(string line) => Assert.Empty(Lint(line, "CL1003"));

    [Fact]
    public void The_words_of_a_credit_between_bars_are_no_acronyms_but_one_in_a_sentence_after_bars_is()
    {
        Assert.Empty(Lint("Protesters run from tear gas on Moi Avenue in Nairobi on Tuesday. PHOTO | FILE | NATION MEDIA GROUP", "CL2004"));
        Assert.Contains(Lint("Protesters ran from tear gas. PHOTO | The ODPP said it would review the files.", "CL2004"), d => d.Message.Contains("'ODPP'", StringComparison.Ordinal));
    }

    // True findings on clean copy, kept: AP's closing web tagline, which sends a member paper's readers to
    // apnews.com (CL1108), and a web byline's timestamp (CL1005).
    [Theory]
    [InlineData("CL1108", "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine")]
    [InlineData("CL1005", "CBC News · Posted: Sep 17, 2025")]
    public void A_web_tagline_and_a_web_bylines_timestamp_are_still_reported(string id, string line) => Assert.Single(Lint(line, id));

    [Fact]
    public void A_sentence_about_following_the_agencys_coverage_is_not() =>
        Assert.Empty(Lint("Readers can follow AP's coverage of the war in Ukraine at apnews.com, the agency said.", "CL1108"));
}
