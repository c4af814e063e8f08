namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1001 on a teaser whose link's cue closes the line after a bar ("Women's boxing: a timeline | Read more"), beside
/// a sentence of prose before the bar and the story's own headline, which stay silent.
/// </summary>
public sealed class TrailingTeaserTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static IReadOnlyList<Engine.Diagnostic> Lint(string lines) => RuleHarness.Lint(Before + lines + After, "CL1001");

    [Theory]
    [InlineData("Women's boxing: a timeline | Read more")]
    [InlineData("Flood defences: what the council plans next | Read more")]
    [InlineData("Council tax to rise for third year | Also read")]
    public void A_headline_with_its_link_s_cue_after_a_bar_is_a_teaser(string line) => Assert.Single(Lint(line));

    [Theory]
    [InlineData("The club has published the full results online. | Read more")]
    [InlineData("Women's boxing: a timeline | Read the letters her mother kept")]
    public void A_sentence_or_other_words_after_the_bar_are_not(string line) => Assert.Empty(Lint(line));

    [Fact]
    public void The_story_s_own_headline_is_not() =>
        Assert.Empty(RuleHarness.Lint("Women's boxing: a timeline | Read more\n\nThe council met on Tuesday and approved the plan.\n", "CL1001"));
}
