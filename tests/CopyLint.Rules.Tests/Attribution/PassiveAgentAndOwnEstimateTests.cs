namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001: a regulator named as the agent of an official act in the passive ("was fined … by the PDPC") is the source of
/// the figures of its sentence, and so is a body's own estimate ("Its estimate for 2023"); the same act with no agent
/// or an unnamed one, and an estimate of no one's, still leave them unsourced.
/// </summary>
public sealed class PassiveAgentAndOwnEstimateTests
{
    private static string[] Messages(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("A logistics company has been fined $150,000 by the Personal Data Protection Commission (PDPC) after hackers accessed the personal data of more than 1.2 million customers.")]
    [InlineData("Singtel was fined £400,000 by the PDPC after hackers accessed the records of more than 1.2 million customers.")]
    [InlineData("The retailer was fined by the Information Commissioner's Office after hackers accessed the records of more than 1.2 million customers.")]
    public void A_regulator_named_as_the_passive_agent_sources_its_sentence(string text) => Assert.Empty(Messages(text));

    [Theory]
    [InlineData("Singtel was fined £400,000 in June after hackers accessed the records of more than 1.2 million customers.")]
    [InlineData("Singtel was fined £400,000 by a court after hackers accessed the records of more than 1.2 million customers.")]
    [InlineData("Singtel was hit by a cyberattack after hackers accessed the records of more than 1.2 million customers.")]
    public void The_act_with_no_named_agent_still_leaves_the_figure_unsourced(string text) =>
        Assert.Contains(Messages(text), m => m.StartsWith("'more than 1.2 million'", StringComparison.Ordinal));

    private const string Caution = "Chainalysis cautioned that its figures were likely to be revised upwards as more wallets were identified. ";

    [Theory]
    [InlineData(Caution + "Its estimate for 2023 was revised up by several hundred million dollars after its initial publication.")]
    [InlineData(Caution + "Their estimates for 2023 were revised up by several hundred million dollars.")]
    public void A_bodys_own_estimate_is_sourced(string text) => Assert.Empty(Messages(text));

    [Theory]
    [InlineData(Caution + "The total for 2023 was revised up by several hundred million dollars after its initial publication.")]
    [InlineData(Caution + "An estimate for 2023 was revised up by several hundred million dollars after its initial publication.")]
    public void An_estimate_of_no_one_named_is_still_reported(string text) =>
        Assert.Contains(Messages(text), m => m.StartsWith("'several hundred million dollars'", StringComparison.Ordinal));
}
