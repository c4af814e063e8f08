namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1002's signature line grammar: dash, name, bracketed handle, then a whole date and nothing after it.</summary>
public sealed class SocialSignatureTests
{
    private static int Reports(string line) => RuleHarness.Lint("The minister spoke on Tuesday.\n" + line, "CL1002").Count();

    [Theory]
    [InlineData("— ABC News (@ABC) May 7, 2025")]
    [InlineData("— ABC News (@ABC) May 7 2025")]
    [InlineData("— Jane Smith (@janesmith) 7 May 2025")]
    [InlineData("— Jane Smith (@janesmith) 31 May, 2025")]
    [InlineData("– \"The Daily\" Show (@TheDailyShow) 1 June 2023")]
    [InlineData("— Dr. Kim 2 (@kim2) May 7, 2025")]
    [InlineData("— Marks & Spencer (@marksandspencer) June 12, 2024")]
    [InlineData("— U.S. Attorney's Office, N.D. Cal. (@NDCAnews) March 6, 2025")]
    [InlineData("— World Health Organization (WHO) (@WHO) March 6, 2026")]
    [InlineData("> — Toronto Maple Leafs (@MapleLeafs) January 15, 2026")]
    public void A_signature_line_is_reported(string line) => Assert.Equal(1, Reports(line));

    [Theory]
    [InlineData("— ABC News (@ABC) May 32, 2025")]
    [InlineData("— ABC News (@ABC) May 7, 202")]
    [InlineData("— ABC News (@ABC) May 7, 2025, in a post")]
    [InlineData("— ABC News @ABC May 7, 2025")]
    [InlineData("— (@ABC) May 7, 2025")]
    [InlineData("— ABC News (@ABC)")]
    [InlineData("— ABC News (@ABC) 7 2025")]
    [InlineData("ABC News (@ABC) May 7, 2025, in a post")]
    [InlineData("ABC News (@ABC) May 7")]
    [InlineData("— (WHO) (@WHO) March 6, 2026")]
    [InlineData("— World Health Organization (WHO) March 6, 2026")]
    [InlineData("> — Toronto Maple Leafs (@MapleLeafs) January 15, 2026, in a post")]
    [InlineData("> Toronto Maple Leafs (@MapleLeafs) January 15, 2026")]
    public void A_line_short_of_the_grammar_is_not(string line) => Assert.Equal(0, Reports(line));

    [Fact]
    public void A_signature_without_its_dash_among_the_copy_is_reported() =>
        Assert.Equal(1, Reports("\nNSW Police (@nswpolice) January 19, 2023\n\nThe jury heard the recording."));

    [Theory]
    [InlineData("Jane Smith (@janesmith) May 7, 2025\n\nThe minister spoke on Tuesday.")]
    [InlineData("Headline over the story\nJane Smith (@janesmith) May 7, 2025\n\nThe minister spoke on Tuesday.")]
    public void A_byline_with_a_handle_above_the_copy_is_not(string text) => Assert.Empty(RuleHarness.Lint(text, "CL1002"));
}
