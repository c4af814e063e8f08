namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on chess and esports copy: the chess federation and titles in a chess story ("FIDE said", "a WGM and IM"),
/// the League of Legends leagues ("the LCK's run"), organisations known by their initials ("TSM were eliminated"), an
/// acronym that opens a team's name ("FAV gaming") and a studbook suffix after a stylised horse name
/// ("fischerChipmunk FRH"); beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymChessEsportsAndTeamNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The Chess Olympiad ended in Budapest on Sunday. FIDE said 197 teams had entered the open section.")]
    [InlineData("Gukesh beat Ding in game 14 and won the world chess title under FIDE's match regulations.")]
    [InlineData("The field of 10 includes two grandmasters, a WGM and IM Carissa Yip, who finished second last year.")]
    [InlineData("T1 won the League of Legends world final in London on Sunday. It was the LCK's fifth straight title, and the LPL's spring split champion went out in the quarter-finals.")]
    [InlineData("The League of Legends support, who played in the LEC with Rogue, won the LCS summer title in 2021.")]
    [InlineData("GoNext Esports won the Apex Legends Global Series. North American favourites TSM were eliminated in the group stage.")]
    [InlineData("Kakeru, who represents the Japanese team FAV gaming, was gracious. \"Punk was better at the end,\" he said.")]
    [InlineData("Germany's Michael Jung, a three-time winner, was third on fischerChipmunk FRH.")]
    public void Field_shorthand_and_parts_of_names_are_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    // Outside chess copy, FIDE and IM are spelled out; outside esports, TSM is.
    [InlineData("FIDE said the rules would change on Monday, officials said.", "FIDE")]
    [InlineData("The firm said the IM service would close in March.", "IM")]
    [InlineData("The council said TSM were behind the plan, officials said.", "TSM")]
    [InlineData("Kakeru, who represents the Japanese team FAV, was gracious, officials said.", "FAV")]
    [InlineData("Germany's Michael Jung rode for the FRH, the stewards said.", "FRH")]
    public void The_same_acronyms_elsewhere_are_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));
}
