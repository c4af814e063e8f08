namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on round-10 shapes: a party described by its leaning and named again ("the liberal VVD" … "VVD leader"; "the
/// nationalist SNS" named once is reported) or a union by its leaning ("the socialist union FGTB"), a kind
/// after a possessive and an adjective ("Thailand's benchmark SET index", "whose populist ANO party"), an institute or an
/// alliance after the acronym, and the outlet naming itself at the close of the standfirst ("NRK reports from Oslo.");
/// beside each, the shape that stays reported.
/// </summary>
public sealed class AcronymPartyAndOutletTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Standfirst = "Nordic states pledge to spend more\n\nEight countries have agreed to accelerate defense spending. {0}\n\nThe ministers met in Oslo on Tuesday.\n";

    [Theory]
    [InlineData("The coalition would bring together D66, the liberal VVD and the left-wing alliance. VVD leader Dilan Yesilgöz said no.")]
    [InlineData("The government of the People's Party and the liberal NEOS is the first of its kind. NEOS leader Beate Meinl-Reisinger takes the foreign ministry.")]
    [InlineData("Babiš, whose populist ANO party won the election, will form a coalition.")]
    [InlineData("Petr Fiala, whose centre-right SPOLU alliance came second, said the coalition would turn east.")]
    [InlineData("Thierry Bodson, president of the socialist union FGTB, said the cap would cost workers.")]
    [InlineData("Marcel Fratzscher, president of the DIW economic institute in Berlin, said the spending was overdue.")]
    [InlineData("Thailand's benchmark SET index fell 1.1% on Tuesday after the ruling.")]
    public void A_party_by_its_leaning_or_a_body_by_its_kind_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The coalition would bring together D66, the new VVD and the left-wing alliance. VVD leader Dilan Yesilgöz said no.", "VVD")]
    [InlineData("Fico's coalition partners, the social democratic Hlas party and the nationalist SNS, voted against the motion.", "SNS")]
    [InlineData("Fighters of the rebel TPLF entered the town.", "TPLF")]
    [InlineData("Babiš, whose ANO won the election, will form a coalition.", "ANO")]
    [InlineData("Thierry Bodson, president of the union FGTB, said the cap would cost workers.", "FGTB")]
    [InlineData("Marcel Fratzscher, president of the DIW in Berlin, said the spending was overdue.", "DIW")]
    [InlineData("The benchmark SET index fell 1.1% on Tuesday after the ruling.", "SET")]
    public void The_same_acronym_with_no_leaning_owner_or_kind_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));

    [Theory]
    [InlineData("NRK reports from Oslo.")]
    [InlineData("NRK looks at what was agreed.")]
    public void The_outlet_naming_itself_at_the_close_of_the_standfirst_is_left_alone(string close) =>
        Assert.Empty(Acronyms(string.Format(Standfirst, close)));

    [Theory]
    [InlineData("KCNA reports that a missile was fired.", "KCNA")]
    [InlineData("KCNA said a missile was fired.", "KCNA")]
    public void A_source_at_the_close_of_the_standfirst_is_still_reported(string close, string acronym) =>
        Assert.Contains(acronym, Acronyms(string.Format(Standfirst, close)));

    [Fact]
    public void The_outlet_in_the_body_is_still_reported()
    {
        const string text = "Nordic states pledge to spend more\n\nEight countries have agreed to accelerate defense spending.\n\nThe ministers met in Oslo. NRK reports from Oslo.\n";
        Assert.Contains("NRK", Acronyms(text));
    }
}
