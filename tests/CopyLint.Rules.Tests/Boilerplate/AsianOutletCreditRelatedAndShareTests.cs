namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// Page furniture of Hong Kong, Taiwanese and Malaysian outlets: a labelled caption closing on a lender's credit or a
/// dashed agency, a related link run on after "Most Read:" or "Recommended for you:", the share buttons' verbs between
/// bars and a row naming LINE; beside each, a line of copy with the same words.
/// </summary>
public sealed class AsianOutletCreditRelatedAndShareTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    private static int Reports(string line, string id) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("Photo: Brothers players celebrate after winning Game 7 at the Taipei Dome. Photo courtesy of the CPBL", "CL1003")]
    [InlineData("Photo: Prime Minister Datuk Seri Anwar Ibrahim announces the Cabinet reshuffle in Putrajaya. - Bernama", "CL1003")]
    [InlineData("Most Read: Taiwan fans pack Taipei Dome as national team opens Asia series with win", "CL1001")]
    [InlineData("Recommended for you: Magnitude 6.1 earthquake shakes Hualien", "CL1001")]
    [InlineData("SHARE | TWEET | EMAIL", "CL1102")]
    [InlineData("Share on Facebook  Share on LINE  Share on X", "CL1102")]
    public void An_asian_outlets_page_element_is_reported(string line, string id) => Assert.Equal(1, Reports(line, id));

    [Theory]
    [InlineData("Anwar announced the Cabinet reshuffle in Putrajaya on Tuesday, his office said. - Bernama", "CL1003")]
    [InlineData("Photo: the agency said the picture was taken in Putrajaya. The minister later declined to comment on it.", "CL1003")]
    [InlineData("Most read stories on the site were about the typhoon, the editor said.", "CL1001")]
    [InlineData("Residents were asked to share, tweet and email their photos of the flood to the council.", "CL1102")]
    public void The_same_words_in_copy_are_still_left_alone(string line, string id) => Assert.Equal(0, Reports(line, id));
}
