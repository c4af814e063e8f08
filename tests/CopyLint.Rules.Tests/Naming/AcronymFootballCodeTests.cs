namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on Australian football and rugby league: the competitions (AFL, NRL and their women's leagues) in copy that
/// uses the game's own words, and a state league (SANFL, WAFL) in a story from its state, as the FIA is in motor racing;
/// beside each, the same acronym outside that copy, which stays reported.
/// </summary>
public sealed class AcronymFootballCodeTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("O'Halloran was the Tigers' leading ball-winner this season, averaging 28 disposals. The club informed the AFL on Thursday that it would not match the offer.")]
    [InlineData("The bunker reviews tries and can send players to the sin bin. It is the system the NRL introduced in 2016.")]
    [InlineData("The halfback, who played rugby league for Queensland at State of Origin level, has signed with an NRLW club.")]
    [InlineData("ADELAIDE - Norwood has won its first SANFL premiership in four years, beating Sturt in the grand final.")]
    [InlineData("PERTH - Subiaco has moved two games clear at the top of the WAFL ladder with a win over Claremont.")]
    public void A_football_code_s_competition_in_its_own_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    // The competitions with none of the game's words: the American Federation of Labor, a laboratory.
    [InlineData("The union informed the AFL on Thursday that it would not back the strike.", "AFL")]
    [InlineData("The NRL said the new reactor tests would run until March.", "NRL")]
    // A state league away from its state.
    [InlineData("Norwood has won its first SANFL premiership in four years, beating Sturt in the grand final.", "SANFL")]
    [InlineData("ADELAIDE - Subiaco has moved two games clear at the top of the WAFL ladder.", "WAFL")]
    public void The_same_acronym_outside_that_copy_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
