namespace CopyLint.Rules.Tests.Naming;

/// <summary>
/// CL2004 on crypto, fund and insurance copy: a coin's ticker in a story about coins, a token named as one or after its
/// protocol's possessive with a price move, an apposition holding a dotted abbreviation, the fund and deal terms of market copy and reinsurance's modeller; beside
/// each, the shape that stays reported.
/// </summary>
public sealed class AcronymTickerAndFinanceTermTests
{
    private static string[] Acronyms(string text) =>
        [.. RuleHarness.Lint(text, "CL2004").Select(d => text[d.Span.Start..d.Span.End])];

    [Theory]
    [InlineData("Bitcoin held steady on Monday.\n\nBTC was little changed at $92,150 during the European morning.")]
    [InlineData("Ether's price has historically shown little reaction to upgrades. ETH was trading at about $3,050 on Monday.")]
    [InlineData("The network halted for five hours, the crypto industry's longest outage this year. SOL fell as much as 7% during the outage.")]
    [InlineData("Coinbase secured its licence in Luxembourg, OKX and Crypto.com in Malta, the crypto exchanges said.")]
    [InlineData("Marlowe's governance token MRL fell 41% in the hours after the attack, according to CoinGecko.")]
    [InlineData("In token news, Uniswap's UNI rose 9% after the protocol's governance forum approved a proposal.")]
    [InlineData("Spot bitcoin ETFs took in $238 million on Friday, as investors returned to the fund products.")]
    [InlineData("UCITS cat bond funds have grown particularly quickly, fund managers said.")]
    [InlineData("Valuations for the largest deals remained high, at 10 to 14 times EBITDA.")]
    [InlineData("Separately, Moody's RMS put the insured loss at $16 billion to $24 billion.")]
    [InlineData("Japan's three non-life insurance groups — Tokio Marine Holdings, MS&AD Insurance Group Holdings and Sompo Holdings — renewed early.")]
    [InlineData("Tether launched USAT, a U.S.-regulated stablecoin designed to comply with the GENIUS Act, earlier this year, with a former official as its chief.")]
    public void A_ticker_or_a_term_its_field_knows_is_left_alone(string text) => Assert.Empty(Acronyms(text));

    [Theory]
    [InlineData("BTC said the line would reopen on Monday.", "BTC")]
    [InlineData("The ETH said its students would return on Monday.", "ETH")]
    [InlineData("The agency MRL said the attack was over.", "MRL")]
    [InlineData("Iran's IRGC said the drills would go on.", "IRGC")]
    [InlineData("In other news, Uniswap's UNI rose 9% after the vote.", "UNI")]
    [InlineData("The ETF said its members would strike.", "ETF")]
    [InlineData("The RMS said the ship had sailed.", "RMS")]
    [InlineData("Tether launched USAT in the U.S. market, earlier this year, with a former official as its chief.", "USAT")]
    public void Outside_its_field_or_shape_it_is_still_reported(string text, string acronym) =>
        Assert.Contains(acronym, Acronyms(text));
}
