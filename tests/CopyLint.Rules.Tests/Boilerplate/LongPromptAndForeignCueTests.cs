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

    [Fact]
    public void Related_links_under_a_spanish_cue_are_reported() =>
        Assert.Equal(1, Reports("CL1001", "Más información\nEl Gobierno aprueba el nuevo presupuesto\nLa oposición pide elecciones anticipadas"));

    [Fact]
    public void More_information_in_a_sentence_is_left_alone() =>
        Assert.Equal(0, Reports("CL1001", "Más información, the ministry said, would be published on its website in Spanish."));
}
