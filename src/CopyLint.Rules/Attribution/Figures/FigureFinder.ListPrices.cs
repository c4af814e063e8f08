using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// A price in a travel or restaurant list's service line that opens on what it buys: "Doubles from about 350 lari.",
/// "Mains from about £18." The line is the venue's own tariff. So is the lowest rate a list "starts at" ("a design hotel
/// in the centre, starts at about 4,500 pesos"), and the bill a service piece tells its reader to expect ("Expect to pay
/// around 200 pesos for meat, tortillas and salsa for two").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether <paramref name="noun"/> opens its sentence (index 0) with a thing sold "from" a price.</summary>
    private static bool IsListPriceOpener(ReadOnlySpan<Token> t, int noun) =>
        noun == 0 && t[0].Kind == TokenKind.Word && ListPriceNouns.Contains(t[0].Text);

    /// <summary>"starts at about 4,500 pesos", or a sentence that opens "Expect to pay" the sum: <paramref name="verb"/> is the word before it.</summary>
    private static bool IsServicePrice(ReadOnlySpan<Token> t, int verb) =>
        (IsWord(t, verb, "at") && verb >= 1 && t[verb - 1].Kind == TokenKind.Word && StartVerbs.Contains(t[verb - 1].Text))
        || (verb == 2 && IsWord(t, 0, "expect") && IsWord(t, 1, "to") && (IsWord(t, 2, "pay") || IsWord(t, 2, "spend")));

    /// <summary>
    /// "Offers over £150,000.", "Offers in excess of £1.9 million.": a sale listing's line that opens on "Offers" and closes
    /// on the sum is the seller's price basis, not an estimate. "Offers over £1bn were rejected by the board" goes on to
    /// tell of offers made, and is judged.
    /// </summary>
    private static bool IsAskingPriceBasis(ReadOnlySpan<Token> t, int first, int end) =>
        first == 1 && IsWord(t, 0, "Offers") && (end + 1 == t.Length || (end + 2 == t.Length && t[end + 1].Text is "." or ";"));

    private static readonly WordSet StartVerbs = new(["start", "starts", "starting"]);

    private static readonly WordSet ListPriceNouns = new(["doubles", "singles", "twins", "rooms", "suites", "dorms", "beds", "cabins", "mains", "starters",
        "tickets", "fares", "flights", "tours", "menus", "entry"]);
}
