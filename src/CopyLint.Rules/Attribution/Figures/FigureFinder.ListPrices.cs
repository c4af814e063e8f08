using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// A price in a travel or restaurant list's service line that opens on what it buys: "Doubles from about 350 lari.",
/// "Mains from about £18." The line is the venue's own tariff.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether <paramref name="noun"/> opens its sentence (index 0) with a thing sold "from" a price.</summary>
    private static bool IsListPriceOpener(ReadOnlySpan<Token> t, int noun) =>
        noun == 0 && t[0].Kind == TokenKind.Word && ListPriceNouns.Contains(t[0].Text);

    private static readonly WordSet ListPriceNouns = new(["doubles", "singles", "twins", "rooms", "suites", "dorms", "beds", "cabins", "mains", "starters",
        "tickets", "fares", "flights", "tours", "menus", "entry"]);
}
