namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3002 on "reportedly" after a group named by a verb of calling and a reflexive ("A group calling itself Rhysida
/// reportedly listed the council"): naming the group sources nothing, so the hedge is still the only source. Beside it, a
/// group that speaks ("calling for talks") is still a source of its own claim.
/// </summary>
public sealed class SelfNamedGroupHedgeTests
{
    private static string[] Messages(string text) => [.. RuleHarness.Lint(text, "CL3002").Select(d => d.Message)];

    [Theory]
    [InlineData("The council's website went offline on Tuesday.\n\nA group calling itself Rhysida reportedly listed the council on its leak site on Thursday.")]
    [InlineData("The council's website went offline on Tuesday.\n\nHackers who call themselves Scattered Spider reportedly breached the network.")]
    public void A_hedge_after_a_self_named_group_is_reported(string text) =>
        Assert.Equal(["This claim is sourced only by 'reportedly': name who says so"], Messages(text));

    [Fact]
    public void A_group_that_speaks_is_left_alone() =>
        Assert.Empty(Messages("The council's website went offline on Tuesday.\n\nA group calling for talks said the hackers had listed the council on a leak site."));
}
