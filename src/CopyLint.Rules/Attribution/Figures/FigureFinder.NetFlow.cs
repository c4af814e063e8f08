using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>A market wrap's net flows: what a class of investors bought or sold on balance, the exchange's own tally.</summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Foreigners sold a net 1.9 trillion won worth of stocks", "Institutions bought a net $640 million": a sum after "a
    /// net" and a past verb of trading is the exchange's tally of the session's flows, which a market report never
    /// attributes. "Foreigners sold 1.9 trillion won worth of stocks" (no net) and "could sell a net …" stay claims.
    /// </summary>
    private bool IsNetTradeFlow(ReadOnlySpan<Token> t, int first)
    {
        var net = first - 1 - CurrencyPrefix(t, first); // "a net $640 million"
        return net >= 2 && IsWord(t, net, "net") && IsWord(t, net - 1, "a") && t[net - 2].Kind == TokenKind.Word && NetFlowVerbs.Contains(t[net - 2].Text);
    }

    private static readonly WordSet NetFlowVerbs = new(["sold", "bought", "purchased", "offloaded", "dumped", "unloaded"]);
}
