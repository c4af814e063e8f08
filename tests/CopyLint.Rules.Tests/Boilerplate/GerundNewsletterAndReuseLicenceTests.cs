namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A newsletter prompt whose sign-up is a gerund after what it keeps you up to date on (CL1103), and a reuse licence
/// after the line crediting the story's funder (CL1110); beside prose that mentions the same things and must stay silent.
/// </summary>
public sealed class GerundNewsletterAndReuseLicenceTests
{
    private const string Before = "The cave was first excavated in the 1970s.\n\n";
    private const string After = "\n\nThe findings were published in the journal Nature, the team said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1103", "Stay up to date on the latest science news by signing up for our Essentials newsletter.")]
    [InlineData("CL1103", "Stay informed on climate news by subscribing to our weekly briefing.")]
    [InlineData("CL1110", "This story was published with support from the Rainforest Journalism Fund. Republish this story for free under a Creative Commons license.")]
    [InlineData("CL1110", "Republish our articles for free under a Creative Commons licence.")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1103", "Readers can stay up to date on the dig by signing up for the museum's newsletter, the curator said.")]
    [InlineData("CL1110", "The agency lets outlets republish its stories for free under a Creative Commons licence, its editor said.")]
    public void Prose_that_mentions_the_same_things_is_not(string id, string line) => Assert.Equal(0, Reports(id, line));
}
