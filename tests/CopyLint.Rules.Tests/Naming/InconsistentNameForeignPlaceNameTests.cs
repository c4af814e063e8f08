namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2001 on a city named in its own language inside a foreign name ("Compañía Luz de Sevilla") beside its English
/// name ("a Seville tablao"), listed together as one place; a one-letter slip of a city in such a name is still reported.
/// </summary>
public sealed class InconsistentNameForeignPlaceNameTests
{
    private static string[] Reported(string text) =>
        [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void The_english_name_of_a_city_a_foreign_name_gives_in_its_own_language_is_left_alone() =>
        Assert.Empty(Reported(
            "Marín, 36, leads her own company, Compañía Luz de Sevilla, and this 80-minute show is a showcase for her control.\n\n"
            + "The show is structured as a night in a Seville tablao, moving through the traditional forms."));

    [Fact]
    public void A_slip_in_the_city_s_name_is_still_reported() =>
        Assert.Contains("Granda", Reported(
            "Marín, 36, leads her own company, Compañía Luz de Granada, and this 80-minute show is a showcase for her control.\n\n"
            + "The show is structured as a night in a Granda tablao, moving through the traditional forms."));
}
