namespace CopyLint.Rules.Tests.Naming;

/// <summary>CL2004 leaves alone brands known only by their initials (rules/lists/known-acronyms.txt), as airlines are.</summary>
public sealed class KnownBrandAcronymTests
{
    [Theory]
    [InlineData("Passengers on TAP flights faced delays on Tuesday, and TAP said demand had never been higher.")]
    [InlineData("KLM cancelled 40 flights at Schiphol, and KLM passengers were rebooked.")]
    public void An_airline_known_by_its_initials_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));
}
