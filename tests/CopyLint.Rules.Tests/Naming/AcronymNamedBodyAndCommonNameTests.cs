namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on acronyms the copy introduces beside a name without brackets, or never needs to: initials with an ampersand
/// for the name's "and", an acronym in commas after a body's capitalised name, a former name in brackets, a gloss with a
/// dotted abbreviation, a reactor design in nuclear copy and a drug's common name; beside each, the nearest form that
/// stays reported.
/// </summary>
public sealed class AcronymNamedBodyAndCommonNameTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The regulator renewed the licences of the two reactors at Pacific Gas and Electric's Diablo Canyon plant.\n\n\"It matters,\" PG&E said in a statement.")]
    [InlineData("Posiva applied in 2021. Finland's Radiation and Nuclear Safety Authority, STUK, is reviewing the application.")]
    [InlineData("The government took a 44.9% stake, alongside La Caisse (formerly CDPQ), Centrica and Amber Infrastructure.")]
    [InlineData("A fire swept through a camp on Sunday, and UNHCR, the U.N. refugee agency, said it was providing kits.")]
    [InlineData("The 1,600-megawatt EPR reactor was connected to the grid in December 2024.")]
    [InlineData("Leicester Coroner's Court heard that toxicology tests found MDMA in her blood.")]
    public void An_acronym_named_beside_its_body_or_known_in_its_field_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The regulator renewed the licences of the two reactors at the Diablo Canyon plant.\n\n\"It matters,\" PG&E said in a statement.", "PG&E")]
    [InlineData("Posiva applied in 2021. Finland's Radiation and Nuclear Safety Authority, STUK, and the ministry are reviewing it.", "STUK")]
    [InlineData("The government took a 44.9% stake, alongside a pension fund (formerly CDPQ), Centrica and Amber Infrastructure.", "CDPQ")]
    [InlineData("A fire swept through a camp on Sunday, and UNHCR, the U.N. and the Red Cross sent kits.", "UNHCR")]
    [InlineData("The EPR said the plant was connected to the grid in December 2024.", "EPR")]
    [InlineData("Leicester Coroner's Court heard that toxicology tests found PMMA in her blood.", "PMMA")]
    public void The_nearest_unexplained_form_is_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
