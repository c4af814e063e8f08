namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A newsletter prompt with a long promise after it (CL1103) and a related-links block under El País's Spanish cue
/// (CL1001), beside copy that speaks of newsletters and of more information.
/// </summary>
public sealed class LongPromptAndForeignCueTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string id, string text) => RuleHarness.Lint(Before + text + After, id).Count;

    [Theory]
    [InlineData("Subscribe to our Asia newsletter for the week's biggest stories, delivered straight to your inbox every Monday.")]
    [InlineData("Sign up for our climate newsletter for a weekly round-up of the science, the politics and the people behind it.")]
    public void A_newsletter_prompt_with_a_long_promise_is_reported(string line) => Assert.Equal(1, Reports("CL1103", line));

    [Theory]
    [InlineData("Readers who subscribe to our newsletter for the week's top stories get them every Friday, the editor said.")]
    [InlineData("Subscribe to our Asia newsletter for the week's biggest stories. The editor said sign-ups had doubled since the relaunch in March.")]
    public void Copy_about_a_newsletter_is_left_alone(string line) => Assert.Equal(0, Reports("CL1103", line));

    [Theory]
    [InlineData("CL1103", "Get the latest Middle East news delivered to your inbox. Sign up for our Mideast Brief newsletter.")]
    [InlineData("CL1103", "Get the best of our reporting delivered straight to your inbox")]
    [InlineData("CL1108", "Follow us on Twitter @NationAfrica for the latest updates")]
    [InlineData("CL1108", "Follow us on Instagram @wanderlines")]
    public void A_prompt_with_a_lead_in_or_a_handle_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1103", "Get the latest Middle East news delivered to your inbox, the company promised investors in 2019.")]
    [InlineData("CL1108", "Follow us on Twitter @NationAfrica, the paper told readers after its website went down on Monday.")]
    public void A_sentence_about_such_a_prompt_is_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));

    [Theory]
    [InlineData("ALSO READ | Chennai Metro to get driverless trains for phase II corridors")]
    [InlineData("Also Read | Monsoon likely to reach Kerala by June 1")]
    public void A_link_after_a_cue_and_a_bar_is_reported(string line) => Assert.Equal(1, Reports("CL1001", line));

    [Fact]
    public void A_sentence_with_a_bar_after_a_cue_word_is_left_alone() =>
        Assert.Equal(0, Reports("CL1001", "Also read | the rest of the statement, the minister told the house, before the vote was taken."));

    [Fact]
    public void Related_links_under_a_spanish_cue_are_reported() =>
        Assert.Equal(1, Reports("CL1001", "Más información\nEl Gobierno aprueba el nuevo presupuesto\nLa oposición pide elecciones anticipadas"));

    [Fact]
    public void More_information_in_a_sentence_is_left_alone() =>
        Assert.Equal(0, Reports("CL1001", "Más información, the ministry said, would be published on its website in Spanish."));

    [Theory]
    [InlineData("CL1103", "Want to get more news from Finland? Subscribe to Yle News' newsletter.")]
    [InlineData("CL1103", "Want to stay up to date with Croatian news? Subscribe to our free newsletter!")]
    [InlineData("CL1103", "SIGN UP: Money 101 is an 8-week learning course on financial freedom, delivered weekly to your inbox. Sign up here.")]
    [InlineData("CL1103", "Get weekly rundowns straight to your inbox")]
    [InlineData("CL1108", "Follow ERR News on Facebook and X and never miss an update!")]
    [InlineData("CL1102", "Share or comment on this article:")]
    [InlineData("CL1101", "Advertisement · Scroll to continue")]
    public void An_outlet_s_prompt_with_a_question_a_label_or_a_pitch_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1103", "Want to know more? Readers who subscribe to our newsletter get the full report, the editor said.")]
    [InlineData("CL1103", "Sign up: that was the message from the union to its members on Tuesday, and thousands did.")]
    [InlineData("CL1108", "Follow ERR News on Facebook and X and never miss an update, the broadcaster told viewers in 2019.")]
    [InlineData("CL1102", "Share or comment on this article, the editor wrote, and readers did.")]
    public void Copy_about_such_a_prompt_is_still_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));

    [Fact]
    public void A_dont_miss_these_stories_cue_over_headlines_is_reported() =>
        Assert.Equal(1, Reports("CL1001", "Don't miss these stories from CNBC PRO:\nHere's how much the average American has in savings\nTrump accounts: What parents need to know"));
}
