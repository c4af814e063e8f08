namespace CopyLint.Rules.Tests.Dates;

/// <summary>
/// CL4003 on a full name with two surnames, the Spanish style, shortened to the first ("Mónica Herrera Cámara, 44" then
/// "Herrera, 47"), beside two people who share both surnames, where the short form may be either.
/// </summary>
public sealed class AgeSpanishDoubleSurnameTests
{
    private static IReadOnlyList<CopyLint.Engine.Diagnostic> Ages(string text) => RuleHarness.Lint(text, "CL4003");

    [Fact]
    public void The_first_surname_alone_with_another_age_is_reported() =>
        Assert.Single(Ages("Mónica Herrera Cámara, 44, sells tamales outside the metro station.\n\nHerrera, 47, said sales had fallen by half since the line closed."));

    [Fact]
    public void Two_people_with_both_surnames_are_not() =>
        Assert.Empty(Ages("Mónica Herrera Cámara, 44, sells tamales outside the metro station with her brother, Pedro Herrera Cámara.\n\nHerrera, 47, said sales had fallen by half since the line closed."));
}
