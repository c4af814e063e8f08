using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Jorge Tito Mamani, 33, drives a truck for a contractor and earns about 1.4 million pesos a month": a profiled
    /// person's own pay, in a sentence that opens with their name and age, is what they told the reporter. "Truck drivers
    /// earn about 1.4 million pesos a month" and "The contractor pays about 1.4 million pesos" are claims.
    /// </summary>
    private static bool IsProfiledOwnPay(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "earns"))
        {
            return false;
        }

        var name = 0;
        while (name < t.Length && t[name] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            name++;
        }

        return name >= 2 && name + 3 < first && t[name].Text == "," && t[name + 1] is { Kind: TokenKind.Number, Text.Length: <= 3 } && t[name + 2].Text == ",";
    }
}
