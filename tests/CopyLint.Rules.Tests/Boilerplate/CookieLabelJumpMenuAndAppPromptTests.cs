namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture a scrape leaves: a cookie notice behind its banner's label ("Cookies: We use cookies …"), a menu of
/// links to the story's own sections ("Skip to: A | B | C") and a call to an unnamed app for live coverage with a
/// subscription call after it; each beside copy of the same words that must stay silent.
/// </summary>
public sealed class CookieLabelJumpMenuAndAppPromptTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string lines, string id) => RuleHarness.Lint(Before + lines + After, id);

    [Theory]
    [InlineData("Cookies: We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.")]
    [InlineData("Cookie notice: This site uses cookies to give you the best experience.")]
    public void A_cookie_notice_behind_its_label_is_reported(string line) => Assert.Single(Lint(line, "CL1105"));

    [Theory]
    [InlineData("Cookies: the bakery on the high street sold 400 on Saturday, its owner said.")]
    [InlineData("The regulator said the site uses cookies to track readers without consent.")]
    public void Cookies_in_a_sentence_are_not(string line) => Assert.Empty(Lint(line, "CL1105"));

    [Theory]
    [InlineData("Skip to: The course | The classes | The favourites | The weather")]
    [InlineData("Jump to: Results | Reaction")]
    public void A_menu_of_the_story_s_sections_is_page_navigation(string line) => Assert.Single(Lint(line, "CL1107"));

    [Theory]
    [InlineData("Skip to: the results")]
    [InlineData("Skip to: the end, she said. The rest | is history.")]
    public void A_single_item_or_a_sentence_after_the_label_is_not(string line) => Assert.Empty(Lint(line, "CL1107"));

    [Theory]
    [InlineData("Download our app for live round-by-round coverage. Subscribe now.")]
    [InlineData("Download the app for live scores.")]
    public void A_call_to_an_app_for_live_coverage_is_a_web_prompt(string line) => Assert.Single(Lint(line, "CL1104"));

    [Theory]
    [InlineData("Download our app for live round-by-round coverage, the promoter told fans, and the servers crashed.")]
    [InlineData("Download the app for free, the council said.")]
    public void The_same_words_in_a_sentence_are_not(string line) => Assert.Empty(Lint(line, "CL1104"));
}
