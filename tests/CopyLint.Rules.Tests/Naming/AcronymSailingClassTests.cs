namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the boat classes and the rating rule sailing copy and its results never spell out (IMOCA, ILCA, IRC, XOD),
/// beside the same letters outside sailing copy, which stay reported.
/// </summary>
public sealed class AcronymSailingClassTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("The IMOCA 60 monohulls should take around 11 days.\n\nIn the IMOCA, Britain's Sophie Ainsworth, second in the last Vendee Globe, is the favourite.")]
    [InlineData("Day one class winners (selected): Sonar, Second Wind (Alison Drew); XOD, Zephyr (Tim Weller); Fast 40+, Rapido (Owen Lister). The regatta runs until Saturday.")]
    [InlineData("The skipper was first on IRC handicap, and the ILCA fleet sailed two races in the afternoon.")]
    public void A_sailing_class_in_sailing_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The IMOCA said on Monday that it would review the rule.", "IMOCA")]
    [InlineData("Officials from the IRC met the minister on Tuesday to discuss the refugee budget.", "IRC")]
    public void The_same_letters_outside_sailing_copy_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
