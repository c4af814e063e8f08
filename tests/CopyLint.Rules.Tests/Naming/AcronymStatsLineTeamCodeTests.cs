namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a team's code opening an entry of a preps stats line, made from a school the story names (its first
/// letters, or the initials of its parts with a hyphen or "St." parting them), beside the same code with no such school
/// above or in running copy, which stays reported.
/// </summary>
public sealed class AcronymStatsLineTeamCodeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Millbrook beat West Allegheny 28-21 on Friday.\n\nIndividual leaders\nRushing: MIL, Zielinski 24-224. Passing: WA, Okonkwo 14-23-1, 175.")]
    [InlineData("Hollis-Brookline beat Harlan County 3-1 on Monday.\n\nGoals: HB — Kowalski 2, Pruitt; HC — Nguyen (PK). Saves: DeMarco 7, Halloran 5.")]
    [InlineData("St. Adalbert beat Hollis-Brookline 21-14 on Friday.\n\nIndividual leaders\nRushing: SA, McAllister 21-212. Passing: HB, Pruitt 14-23-1, 180.")]
    public void A_team_code_made_from_a_school_named_above_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Eastwood beat West Allegheny 28-21 on Friday.\n\nIndividual leaders\nRushing: MIL, Zielinski 24-224.", "MIL")]
    [InlineData("Millbrook beat West Allegheny 28-21 on Friday.\n\nThe MIL said Zielinski ran for 224 yards.", "MIL")]
    [InlineData("Hollis-Brookline beat Harlan County 3-1 on Monday.\n\nGoals: HBS — Kowalski 2, Pruitt.", "HBS")]
    [InlineData("Adalbert beat Hollis-Brookline 21-14 on Friday.\n\nRushing: SA, McAllister 21-212.", "SA")]
    public void A_code_with_no_such_school_or_outside_a_stats_line_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
