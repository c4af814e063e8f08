namespace CopyLint.Rules.Tests.Attribution;

/// <summary>CL3001 on a sentence that is market data itself: its percentage moves are figures of record.</summary>
public sealed class MarketMoveTests
{
    private static string[] Figures(string text) => [.. RuleHarness.Lint(text, "CL3001").Select(d => d.Message)];

    [Theory]
    [InlineData("Gold rose about 1% to $4,100 an ounce.")]
    [InlineData("Shares in the company, which have risen nearly 90% this year, fell 2%.")]
    [InlineData("The pound has fallen more than 5% against the dollar since June.")]
    public void A_move_in_a_sentence_of_market_data_is_not_reported(string text) => Assert.Empty(Figures(text));

    [Theory]
    [InlineData("Crime has risen about 30% over the past year.", "about 30%")]
    [InlineData("About 30% of the gold miners are on strike.", "About 30%")]
    [InlineData("Gold rose 1%. About 30% of its miners are on strike.", "About 30%")]
    public void A_share_that_is_no_market_move_is_still_reported(string text, string figure) =>
        Assert.Contains(Figures(text), m => m.StartsWith($"'{figure}'", StringComparison.Ordinal));
}
