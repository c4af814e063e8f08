namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on names South-east Asian copy never spells out (the outlet's own name, Singapore's banks, SEA in a regional
/// report's title) and on a suspect identified by initials, as the Indonesian press names suspects; beside each, the
/// nearest use that stays reported.
/// </summary>
public sealed class AcronymRegionalNameAndSuspectInitialsTests
{
    [Theory]
    [InlineData("The haze is expected to persist over Singapore this week. \"We keep the windows shut,\" he told CNA.")]
    [InlineData("Scam losses in Singapore rose again last year. DBS said in a statement that it had blocked 3,000 transactions.")]
    [InlineData("Hawkers in Singapore say costs are rising. The agency said in response to TODAY's queries that rents were stable.")]
    [InlineData("Indonesia's digital economy will grow, according to the annual e-Conomy SEA report by Google, Temasek and Bain & Company.")]
    public void A_name_regional_copy_uses_by_its_initials_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("Scam losses in Ohio rose again last year. DBS said in a statement that it had blocked 3,000 transactions.")]
    [InlineData("The haze is expected to persist over Singapore this week. The KFRA said in a statement that schools would stay open.")]
    public void The_same_initials_elsewhere_or_an_unknown_body_are_still_reported(string text) =>
        Assert.Single(RuleHarness.Lint(text, "CL2004"));

    [Theory]
    [InlineData("The regent, identified by his initials as BS, was arrested on Wednesday night in a sting operation in Medan.")]
    [InlineData("The man, identified as AK, 32, was escorted to the airport, the immigration office said.")]
    public void A_suspect_identified_by_initials_is_not_reported(string text) =>
        Assert.Empty(RuleHarness.Lint(text, "CL2004"));

    [Fact]
    public void Capitals_after_identified_as_that_go_on_to_a_noun_are_still_reported() =>
        Assert.Single(RuleHarness.Lint("The attackers, identified as KFR fighters, were arrested on Wednesday night in Medan.", "CL2004"));
}
