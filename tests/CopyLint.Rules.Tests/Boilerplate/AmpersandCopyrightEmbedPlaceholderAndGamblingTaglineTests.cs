namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Boilerplate forms of sports and racing pages: a copyright line whose outlet has an ampersand (CL1110), a scrape's
/// placeholder for a dropped embed (CL1002), a liked story to share on named platforms (CL1102) and a betting page's
/// safer-gambling tagline (CL1101); beside prose using the same words.
/// </summary>
public sealed class AmpersandCopyrightEmbedPlaceholderAndGamblingTaglineTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("© Guardian News & Media Limited 2025", "CL1110")]
    [InlineData("[Embedded YouTube video]", "CL1002")]
    [InlineData("Like this story? Share it with your friends on Facebook and WhatsApp.", "CL1102")]
    [InlineData("Bet responsibly. When the fun stops, stop. BeGambleAware.org", "CL1101")]
    [InlineData("Gamble responsibly. For free and confidential support call 1800 858 858.", "CL1101")]
    [InlineData("When the fun stops, stop.", "CL1101")]
    [InlineData("18+ BeGambleAware.org", "CL1101")]
    public void The_boilerplate_line_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Guardian News & Media Limited said in 2025 that the paper would close.", "CL1110")]
    [InlineData("The embedded YouTube video showed the final, the organisers said.", "CL1002")]
    [InlineData("She said she would share it with her friends on Facebook and WhatsApp.", "CL1102")]
    [InlineData("The charity urged fans to bet responsibly, and the bookmakers agreed.", "CL1101")]
    [InlineData("The campaign's slogan, when the fun stops, stop, was dropped in 2021, the charity said.", "CL1101")]
    public void Prose_with_the_same_words_is_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
