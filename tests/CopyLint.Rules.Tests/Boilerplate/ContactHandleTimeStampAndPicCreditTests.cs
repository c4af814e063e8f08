namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A writer's "Twitter: @handle" contact line and a reason-first follow prompt (CL1108), the page's publishing time
/// with no date (CL1109) and the "Pic credit:" cue (CL1003); beside each, prose with the same words that must stay
/// silent and the nearest defect each rule must keep finding.
/// </summary>
public sealed class ContactHandleTimeStampAndPicCreditTests
{
    private const string Before = "The council met on Tuesday night to discuss the budget.\n\n";
    private const string After = "\n\nThe vote was 7-2, the clerk said.\n";

    private static int Reports(string id, string line) => RuleHarness.Lint(Before + line + After, id).Count;

    [Theory]
    [InlineData("CL1108", "Twitter: @HeatherDinich")]
    [InlineData("CL1108", "Bluesky: @jane.bsky.social")]
    [InlineData("CL1108", "For more stories like this, follow The Star on Facebook and Instagram.")]
    [InlineData("CL1109", "Published: 3:15pm")]
    [InlineData("CL1109", "Published: 6:42 PM EST | Updated: 7:15 PM EST")]
    [InlineData("CL1109", "Published: 11:47 PM EDT | Updated: 12:15 AM EDT | 4 min read")]
    [InlineData("CL1109", "Updated Nov 25, 2026 — first published at 3:15pm")]
    [InlineData("CL1003", "Pic credit: John Smith/PA")]
    [InlineData("CL1003", "Picture credit: John Smith/PA")]
    [InlineData("CL1003", "Pics: John Smith/PA")]
    public void A_furniture_line_is_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1108", "Follow Paul Hoynes on X: @hoynsie")]
    [InlineData("CL1108", "For more UAE news, follow Gulf News on WhatsApp.")]
    [InlineData("CL1109", "By Ngouda Dione | Published 14:32 GMT | Updated 16:05 GMT")]
    [InlineData("CL1005", "Published: 5:15pm, 22 May 2024")]
    [InlineData("CL1003", "Pic: John Smith/PA")]
    public void The_nearest_furniture_is_still_reported(string id, string line) => Assert.Equal(1, Reports(id, line));

    [Theory]
    [InlineData("CL1108", "She posted on Twitter: @HeatherDinich was wrong about the vote.")]
    [InlineData("CL1108", "For more stories like this, follow the link in her bio.")]
    [InlineData("CL1109", "Updated 9:42 a.m. ET")]
    [InlineData("CL1109", "Posted at 16:20 GMT")]
    [InlineData("CL1109", "The report was first published at 3:15pm on Tuesday.")]
    [InlineData("CL1109", "Published: 5:15pm, 22 May 2024")]
    [InlineData("CL1003", "The pic credit went to a rival photographer.")]
    public void The_same_words_in_prose_are_left_alone(string id, string line) => Assert.Equal(0, Reports(id, line));
}
