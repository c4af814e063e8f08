namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on US sports copy: the leagues, conferences, subdivisions and statistics sports desks never spell out, known
/// beside the words of their sport, and a university's initials after its short name; beside each, the shape that stays
/// reported.
/// </summary>
public sealed class AcronymUsSportsAndUniversityInitialsTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("By DOUG FEINBERG\nAP Basketball Writer\n\nNEW YORK (AP) — The Dallas Wings won the WNBA draft lottery on Sunday.")]
    [InlineData("Castellanos averaged 19.4 points last season and was a first-team All-American. Obi led the SEC in rebounding.")]
    [InlineData("The Cowboys are two games behind the final NFC wild-card spot. Quarterback Dak Prescott threw for 304 yards.")]
    [InlineData("Our NFL draft analyst projects the first round. Jeanty ran for 2,601 yards last season, second-most in FBS history.")]
    [InlineData("The Orioles won the American League East two years ago. This season the rotation has the third-highest ERA in the majors.")]
    [InlineData("He is the top prospect in Alabama's 2026 recruiting class. He picked the Crimson Tide over Georgia, Texas and USC.")]
    [InlineData("Tennessee rallied to beat Florida State 6-5 on Thursday.\n\nFSU coach Link Jarrett said his bullpen could not hold the lead.")]
    [InlineData("Brigham Young won its fourth straight game on Saturday. BYU has not lost at home since October.")]
    public void A_sports_label_or_a_school_named_before_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The bank that sponsors the Rose Bowl agreed to pay the fine to settle the case, the SEC said on Monday.", "SEC")]
    [InlineData("The NFC chip in the phone lets shoppers pay at the till, the company said.", "NFC")]
    [InlineData("The AFC fined the club after its Champions League match, officials said.", "AFC")]
    [InlineData("The ERA would enshrine equal rights in the Constitution, campaigners said.", "ERA")]
    [InlineData("Tennessee rallied to beat Georgia 6-5 on Thursday.\n\nFSU coach Link Jarrett said his bullpen could not hold the lead.", "FSU")]
    public void Outside_its_sport_or_with_no_school_before_it_is_still_reported(string text, string acronym) => Assert.Equal([acronym], Acronyms(text));
}
