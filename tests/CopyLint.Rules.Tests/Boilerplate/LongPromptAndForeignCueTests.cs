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
}
