namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on sports shorthand no sports desk spells out: a sport's world governing body in that sport's copy (the ICC
/// in cricket, the UCI in cycling), a score's label in a results line ("HT: 17-7"), a record mark after a time or a
/// distance ("6.27m WR", "2:56:50 WB"), a substance named by its kind ("the blood-booster EPO") and a venue by its kind
/// ("the SEC complex"); beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymResultsLineAndSportBodyTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Ibrahim Zadran made 177 as Afghanistan beat England. Afghanistan, who have now beaten England in two successive ICC events, play Australia in Lahore with a semi-final place at stake. He took two wickets too.")]
    [InlineData("Pogačar won the stage by two minutes. The UCI has not ruled on the bike change, and the peloton rode on.")]
    [InlineData("GRENCHEN, Switzerland — Filippo Ganna broke the UCI hour record for the second time on Saturday, covering 57.011km at the Tissot Velodrome.")]
    [InlineData("Castellanos (29-2, 21 KOs) tested positive for a banned diuretic, the British Boxing Board of Control said.")]
    [InlineData("Stamp, who headlines a strawweight MMA bout on Friday, said the fighter in front of her was the best she had faced.")]
    [InlineData("Blues 27 (Caleb Clarke 2, Hoskins Sotutu tries; Beauden Barrett 3 cons, 2 pens) Crusaders 24 (Sevu Reece, Codie Taylor, Will Jordan tries; David Havili 3 cons, pen). HT: 17-7.")]
    [InlineData("Men's pole vault: 1 Armand Duplantis (SWE) 6.27m WR; 2 Emmanouil Karalis (GRE) 5.91m; 3 Sam Kendricks (USA) 5.81m")]
    [InlineData("Women's marathon race walk: 1 María Pérez (ESP) 2:56:50 WB; 2 Glenda Morejón (ECU) 2:59:07")]
    [InlineData("Men's 1500m: 1 Jakob Ingebrigtsen (NOR) 3:29.63 MR; 2 Yared Nuguse (USA) 3:29.90 PB")]
    [InlineData("Kenyan marathon runner Joyce Jepkemoi has been banned for six years after testing positive for the blood-booster EPO, the integrity unit said.")]
    [InlineData("The sprinter tested positive for the banned stimulant DMAA in an out-of-competition sample.")]
    [InlineData("The venues are the Scotstoun Stadium for athletics, the Emirates Arena and the SEC complex.")]
    [InlineData("Van Gerwen won the darts final 11-7. In Dortmund, he averaged more than 100 in four of his five matches, according to the PDC's statistics.")]
    [InlineData("Trump made two centuries in the snooker final at the Crucible, where the WST has sold every session.")]
    public void Sports_shorthand_a_desk_never_spells_out_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    // Outside cricket copy, the ICC is the International Criminal Court, and is spelled out.
    [InlineData("The ICC issued a warrant for the former president on Monday, prosecutors said.", "ICC")]
    [InlineData("Pogačar won the race. The UCI has not ruled on the bike change.", "UCI")]
    [InlineData("The PDC said the plan would go to a vote on Monday.", "PDC")]
    [InlineData("The PDC confirmed the darts event would move to Liverpool. The Professional Darts Corporation said a crowd of 11,000 attended.", "PDC")]
    [InlineData("The gym's owners said the MMA classes would move to Tuesday evenings.", "MMA")]
    [InlineData("The vote went to the KFRA: 17 members backed the plan on Monday.", "KFRA")]
    [InlineData("Duplantis cleared 6.27m for his third WR of the season.", "WR")]
    [InlineData("Organisers raised a 6.27m KFRA banner over the track.", "KFRA")]
    [InlineData("The athlete was banned after a complaint from the agency KFRA, officials said.", "KFRA")]
    [InlineData("The venues are the Scotstoun Stadium and a hall run by the SEC, officials said.", "SEC")]
    public void An_unexplained_acronym_beside_the_same_shapes_is_reported(string text, string acronym) =>
        Assert.Equal([acronym], Acronyms(text));
}
