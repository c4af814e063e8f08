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

    [Theory]
    [InlineData("Rounding out the top 10: Olivia Dean's The Art of Loving (No. 7) and Kendrick Lamar's GNX (No. 10).")]
    [InlineData("K-pop group Stray Kids' new EP, Do It, bows at No. 3 with 96,000 units.")]
    public void A_charting_title_or_a_record_format_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_title_with_no_chart_position_is_still_reported() =>
        Assert.Contains("GNX", Acronyms("Kendrick Lamar's GNX topped the chart again this week."));

    [Theory]
    [InlineData("Other acts on the bill include The xx, Disclosure, Addison Rae, FKA twigs and Iggy Pop.")]
    [InlineData("HUNTR/X's \"Golden,\" from the Netflix film KPop Demon Hunters, holds at No. 5.")]
    public void A_stage_name_or_a_stylised_name_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Fact]
    public void A_british_network_in_copy_under_ofcom_s_rules_is_left_alone() =>
        Assert.DoesNotContain("EE", Acronyms("Rules from the regulator Ofcom require companies to state rises in pounds. BT, EE and Plusnet customers will pay an extra £4 a month."));

    [Theory]
    [InlineData("HUNTR said the song would be released on Friday.", "HUNTR")]
    [InlineData("BT, EE and Plusnet customers will pay an extra £4 a month.", "EE")]
    public void The_same_names_alone_or_outside_british_copy_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
