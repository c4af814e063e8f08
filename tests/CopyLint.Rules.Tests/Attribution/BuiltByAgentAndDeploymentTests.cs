namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on a finished work's cost with its builder named after "by" and the police an authority puts on duty for a
/// coming event; each beside the claim of the same shape that is still reported.
/// </summary>
public sealed class BuiltByAgentAndDeploymentTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message.Split('\'')[1])];

    [Fact]
    public void A_finished_work_built_by_a_named_body_at_a_cost_is_its_cost_of_record() =>
        Assert.Empty(Figures("The terminal, built by the Airports Authority of India (AAI) at a cost of ₹1,112 crore, can handle 4.4 million passengers a year."));

    [Theory]
    [InlineData("The terminal, which will be built by the Airports Authority of India at a cost of ₹1,112 crore, can handle 4.4 million passengers a year.", "₹1,112 crore")]
    [InlineData("The war, fought by the Allied Powers at a cost of about $5bn, ended in 1918.", "about $5bn")]
    [InlineData("The terminal, built by volunteers at a cost of about £2m, opened in May.", "about £2m")]
    public void A_cost_to_come_no_built_work_or_no_named_builder_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));

    [Theory]
    [InlineData("About 2,000 police personnel will be deployed for the event.")]
    [InlineData("More than 500 stewards will be stationed around the ground.")]
    public void The_police_put_on_duty_for_a_coming_event_are_the_authority_s_arrangement(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("About 2,000 police personnel have been deployed to the district.", "About 2,000")]
    [InlineData("About 15,000 soldiers will be deployed to the border.", "About 15,000")]
    [InlineData("About 2,000 police personnel were injured during the protests.", "About 2,000")]
    public void A_deployment_already_made_troops_or_harm_is_still_a_claim(string text, string figure) => Assert.Contains(figure, Figures(text));
}
