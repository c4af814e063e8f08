namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on a sport's own codes and brands in that sport's copy (netball positions on a squad list, the GAA's streaming
/// service) and on the club notes' AGM and OAPs in British or Irish copy, beside the same letters elsewhere, which stay
/// reported.
/// </summary>
public sealed class AcronymSportCodeAndClubNotesTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The Roses named their netball squad on Monday.\n\nSquad: Ruby Akintola-Grey (GS, Lightning), Helen Housby-Marr (GA, Pulse), Laura Malcolm-Oates (WD, Thunder), Layla Guscoth-Barr (GD, Storm).")]
    [InlineData("Galway play Mayo in the All-Ireland quarter-final on Saturday.\n\nRTÉ and GAAGO share the rights. GAAGO will stream the rest.")]
    [InlineData("Castlehaven play in Cork on Saturday. Tickets cost €15 for adults and €5 for students and OAPs.\n\nThe club's AGM will take place in the clubhouse on Friday.")]
    public void A_code_known_in_its_sport_or_country_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("Squad: Ruby Grey (GS, Lightning), Helen Marr (GD, Pulse), named for the relay on Monday.", "GS")]
    [InlineData("The GAAGO said on Monday that it would review the prices.", "GAAGO")]
    [InlineData("Shareholders will vote at the AGM in Toledo, Ohio, on Friday.", "AGM")]
    public void The_same_letters_outside_that_copy_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
