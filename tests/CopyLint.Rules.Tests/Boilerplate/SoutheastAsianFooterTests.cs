namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Footers of Indonesian, Vietnamese and Thai outlets: the copyright line with the word and the sign before the outlet
/// and the year, a row of share buttons naming Zalo, a follow call naming LINE, a like button's call with "to get";
/// beside each, a line of copy with the same words.
/// </summary>
public sealed class SoutheastAsianFooterTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("COPYRIGHT © ANTARA 2026", "CL1110")]
    [InlineData("Share on Facebook | Share on Zalo", "CL1102")]
    [InlineData("Follow The Nation on Facebook, X and LINE.", "CL1108")]
    [InlineData("Like us on Facebook to get the latest news.", "CL1108")]
    public void A_southeast_asian_outlets_footer_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Copyright © Antara 2026 was cited in the ruling, which the court upheld on appeal against the agency.", "CL1110")]
    [InlineData("Residents were asked to share on Zalo the photos they took of the flood, the council said.", "CL1102")]
    [InlineData("Voters who follow the party on LINE received the message on Tuesday, its spokesman said.", "CL1108")]
    [InlineData("Like us on Facebook, the council has struggled to get the latest figures, its chairman said.", "CL1108")]
    public void The_same_words_in_copy_are_still_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
