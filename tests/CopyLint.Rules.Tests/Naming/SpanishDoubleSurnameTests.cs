namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on the Spanish style of a full name with two surnames shortened to the first ("Guadalupe Treviño Salas" …
/// "Treviño"): the full name counts as a use of the first surname, so a slip written as often as the right spelling is
/// the one blamed, a slip written once against one other use is reported, and so is a speaker's short form that
/// misspells the first surname ("Larrain said" after "Pía Larraín Echeñique"), but not one that keeps accents the full name
/// lost ("Larraín said" after "Pia Larrain Echeñique"); beside the same slip with no full name
/// behind either spelling, where the first written is kept.
/// </summary>
public sealed class SpanishDoubleSurnameTests
{
    private static string[] Odd(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Full = "The cut was announced by Guadalupe Treviño Salas, the institute's president.\n\n";

    [Fact]
    public void A_one_to_one_tie_blames_the_spelling_no_full_name_holds() =>
        Assert.Equal(["Trevino"], Odd(Full + "Trevino said the institute would appeal.\n\nThe budget would be enough for the election, Treviño said."));

    [Fact]
    public void A_slip_against_the_first_surname_and_one_short_use_is_reported() =>
        Assert.Equal(["Alcoser"], Odd("The operation was led by Ricardo Alcocer Fuentes, a federal prosecutor.\n\n\"We waited a year,\" Alcocer said.\n\nThe suspects will appear before a judge, Alcoser added."));

    [Fact]
    public void With_no_full_name_the_first_spelling_written_is_still_kept() =>
        Assert.Equal(["Treviño"], Odd("The institute's president spoke on Tuesday.\n\nTrevino said the institute would appeal.\n\nThe budget would be enough for the election, Treviño said."));

    private const string Scholar = "\"They care about crime,\" said Pía Larraín Echeñique, a political scientist at the Catholic University.\n\n";

    [Fact]
    public void A_speaker_s_short_form_misspelling_the_first_surname_is_reported() =>
        Assert.Equal(["Larrain"], Odd(Scholar + "Both campaigns have moved towards the centre. Larrain said neither had a clear advantage."));

    [Fact]
    public void A_speaker_s_short_form_keeping_the_accents_the_full_name_lost_is_not() =>
        Assert.Empty(Odd("\"They care about crime,\" said Pia Larrain Echeñique, a political scientist.\n\nBoth campaigns have moved towards the centre. Larraín said neither had a clear advantage."));

    [Fact]
    public void A_short_form_another_name_holds_is_not() =>
        Assert.Empty(Odd(Scholar + "Her colleague Tomás Larrain Vial disagreed. Both campaigns have moved towards the centre. Larrain said neither had a clear advantage."));
}
