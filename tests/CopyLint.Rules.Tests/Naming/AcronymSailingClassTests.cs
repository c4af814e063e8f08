namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on the boat classes and the rating rule sailing copy and its results never spell out (IMOCA, ILCA, IRC, ORC, ECHO, RS, XOD),
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
    [InlineData("The rating rules sailors use, IRC in most of the UK and Europe, ORC in the Mediterranean and the Baltic, all try to do the same thing.")]
    [InlineData("Lough Derg Yacht Club Summer Series. Cruisers, ECHO handicap: 1 Lady Jane (Tom Considine) 12pts; 2 Bellbird (Noel Murphy) 15.")]
    [InlineData("Rautenbach, who sailed at the National Sailing Academy, started foiling after years of racing RS:X boards.")]
    public void A_sailing_class_in_sailing_copy_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("The IMOCA said on Monday that it would review the rule.", "IMOCA")]
    [InlineData("Officials from the IRC met the minister on Tuesday to discuss the refugee budget.", "IRC")]
    [InlineData("The ORC said on Monday that the mine would reopen in March.", "ORC")]
    [InlineData("The ECHO said on Monday that aid would reach the camps by March.", "ECHO")]
    [InlineData("Officials from the RS met the minister on Tuesday.", "RS")]
    public void The_same_letters_outside_sailing_copy_are_still_reported(string text, string acronym) => Assert.Contains(acronym, Acronyms(text));
}
