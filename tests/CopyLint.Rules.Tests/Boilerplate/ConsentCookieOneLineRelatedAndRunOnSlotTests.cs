namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture a scrape leaves in trade copy: a cookie notice that opens on what cookies do or on the reader's consent,
/// a "You may also like:" line with its one headline, and Global News's slot label run on to a paragraph; each beside the
/// same words in copy, which stay silent.
/// </summary>
public sealed class ConsentCookieOneLineRelatedAndRunOnSlotTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string lines, string id) => RuleHarness.Lint(Before + lines + After, id);

    [Theory]
    [InlineData("Cookies help us deliver our services. By using our website, you agree to our use of cookies.")]
    [InlineData("By using this site, you agree to our use of cookies.")]
    public void A_consent_cookie_notice_is_reported(string line) => Assert.Single(Lint(line, "CL1105"));

    [Theory]
    [InlineData("The regulator said cookies help us deliver our services, according to the company, and fined it.")]
    [InlineData("By using the site, readers agree to its use of cookies, the regulator found.")]
    public void The_same_words_in_a_sentence_are_not(string line) => Assert.Empty(Lint(line, "CL1105"));

    [Fact]
    public void A_you_may_also_like_line_with_its_headline_is_reported() =>
        Assert.Single(Lint("You may also like: ESMA peer review criticises national crypto licensing", "CL1001"));

    [Fact]
    public void You_may_also_like_in_a_sentence_is_not() =>
        Assert.Empty(Lint("You may also like the new scheme, the minister told farmers, because it pays more.", "CL1001"));

    [Fact]
    public void A_story_continues_label_run_on_to_a_paragraph_is_reported() =>
        Assert.Single(Lint("The judge agreed with the liquidator. Story continues below advertisement", "CL1115"));

    [Fact]
    public void The_label_s_words_going_on_with_the_sentence_are_not() =>
        Assert.Empty(Lint("The judge agreed. Story continues below advertisement slots, the site said.", "CL1115"));
}
