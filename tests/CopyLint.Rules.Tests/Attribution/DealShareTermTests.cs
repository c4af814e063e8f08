namespace CopyLint.Rules.Tests.Attribution;

/// <summary>
/// CL3001 on the shares parties receive in a sentence that says they are under a deal ("will receive up to 7% of the
/// money under the deal"); beside them, a share with no deal named or one that only could be received, still reported.
/// </summary>
public sealed class DealShareTermTests
{
    private static string[] Flagged(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => text[d.Span.Start..d.Span.End])];

    [Fact]
    public void The_shares_parties_receive_under_a_deal_are_left_alone() =>
        Assert.Empty(Flagged("CBC/Radio-Canada, the public broadcaster, will receive up to 7% of the money under the deal, with broadcasters getting about 30% in total."));

    [Theory]
    [InlineData("CBC/Radio-Canada, the public broadcaster, will receive up to 7% of the money, with broadcasters getting about 30% in total.", "up to 7%")]
    [InlineData("CBC/Radio-Canada, the public broadcaster, could receive up to 7% of the money under the deal.", "up to 7%")]
    public void A_share_with_no_deal_or_one_that_could_be_received_is_still_reported(string text, string figure) => Assert.Contains(figure, Flagged(text));
}
