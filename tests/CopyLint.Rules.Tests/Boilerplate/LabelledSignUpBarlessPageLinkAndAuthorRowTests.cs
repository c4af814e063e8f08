namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Furniture a scrape of a sports page keeps: a newsletter box's label before its sign-up (CL1103), the page count and
/// the page link with no bar between (CL1107), and the author field with the section and publishing fields after it
/// (CL1109); the same words in a sentence, or a label over no sign-up, are copy.
/// </summary>
public sealed class LabelledSignUpBarlessPageLinkAndAuthorRowTests
{
    private const string Before = "The club confirmed the signing on Thursday.\n\n";
    private const string After = "\n\nThe player will join the squad next week, the coach said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string line, string id) => RuleHarness.Lint(Before + line + After, id);

    [Theory]
    [InlineData("Newsletter: Sign up for our free AFL newsletter to get the latest trade and free agency news in your inbox.")]
    [InlineData("Newsletters: Subscribe to our weekly rugby league briefing.")]
    public void A_newsletter_label_before_its_sign_up_is_a_prompt(string line) => Assert.Single(Lint(line, "CL1103"));

    [Theory]
    [InlineData("Newsletter: the club's members receive a printed copy every month.")]
    [InlineData("The club's newsletter asked members to sign up for our free coaching clinics.")]
    public void A_newsletter_label_over_no_sign_up_or_in_a_sentence_is_copy(string line) => Assert.Empty(Lint(line, "CL1103"));

    [Theory]
    [InlineData("Page 1 of 2 Next page »")]
    [InlineData("Page 2 of 2 « Previous page")]
    public void The_page_count_and_its_link_with_no_bar_are_page_navigation(string line) => Assert.Single(Lint(line, "CL1107"));

    [Theory]
    [InlineData("Page 1 of 2")]
    [InlineData("The report runs to page 1 of 2 next to the next page of results.")]
    public void A_page_count_alone_or_in_a_sentence_is_copy(string line) => Assert.Empty(Lint(line, "CL1107"));

    [Theory]
    [InlineData("Author: Mark Delaney | Section: Rugby League | Published: 2 October 2026")]
    [InlineData("Author: Staff Reporter | Category: Sport")]
    public void The_author_field_with_the_page_s_fields_is_a_page_field(string line) => Assert.Single(Lint(line, "CL1109"));

    [Theory]
    [InlineData("Author Mark Delaney said the section on rugby league was published in 2 October's edition.")]
    [InlineData("The author, Mark Delaney, said the section was published on 2 October 2026.")]
    public void An_author_named_in_a_sentence_is_copy(string line) => Assert.Empty(Lint(line, "CL1109"));
}
