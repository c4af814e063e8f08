namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2001 on a middle name written once two letters out between the same given name and surname.</summary>
public sealed class MiddleNameSlipTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL2001").Select(d => text[d.Span.Start..d.Span.End])];

    private const string Show = "Winter fair cancelled\n\nSociety chief executive Aled Rhys Jones said livestock could not be moved.\n\n"
        + "\"They are devastated,\" Mr Jones said.\n\n";

    [Fact]
    public void A_middle_name_two_letters_out_fires() =>
        Assert.Equal(["Aled Rees Jones"], Flagged(Show + "The society's chief executive, Aled Rees Jones, added that the summer show was safe."));

    [Theory]
    // Another middle name, initials, and an article that speaks of family.
    [InlineData(Show + "The society's president, Aled Gwyn Jones, added that the summer show was safe.")]
    [InlineData("Kennedy papers released\n\nJohn F. Kennedy wrote the letter in 1962.\n\nJohn B. Kennedy, a historian, said it was genuine.")]
    [InlineData(Show + "His son, Aled Rees Jones, added that the summer show was safe.")]
    public void Another_middle_name_or_a_relative_is_left_alone(string text) => Assert.Empty(Flagged(text));
}
