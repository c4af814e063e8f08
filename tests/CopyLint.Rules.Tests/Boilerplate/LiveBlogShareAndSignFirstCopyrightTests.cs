namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A live blog's share prompt with its platforms (CL1102) and a copyright notice with the sign before the word
/// ("© Copyright 2026 …", CL1110); beside each, prose with the same words that must stay silent.
/// </summary>
public sealed class LiveBlogShareAndSignFirstCopyrightTests
{
    private const string Before = "The river is expected to peak at 4.9 metres on Thursday morning.\n\n";
    private const string After = "\n\nSandbags are available at Frankwell car park, the council said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1102", "Share this live blog: Facebook | X | WhatsApp | Email")]
    [InlineData("CL1102", "Share this live blog:")]
    [InlineData("CL1110", "© Copyright 2026 Northern Arts Review")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1102", "Readers share this live blog on Facebook and X more than any other page, the editor said.")]
    [InlineData("CL1110", "The copyright in the 2026 edition belongs to Northern Arts Review, its publisher said.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));
}
