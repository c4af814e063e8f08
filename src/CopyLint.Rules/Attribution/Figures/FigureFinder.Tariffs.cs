using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>A published tariff: a fee or charge for a class of payer.</summary>
internal sealed partial class FigureFinder
{
    private readonly WordSet _payerNouns = WordSet.From(data, "figure-payer-nouns");

    /// <summary>
    /// "An adult burial will cost £1,420 for residents, up from £1,065": a sum for a class of payer (figure-payer-nouns.txt)
    /// ending its phrase is the tariff the body that sets it publishes. "£50,000 for residents to spend" buys something else.
    /// </summary>
    private bool IsPriceForPayer(ReadOnlySpan<Token> t, int after) =>
        IsWord(t, after, "for") && after + 1 < t.Length && t[after + 1].Kind == TokenKind.Word && _payerNouns.Contains(t[after + 1].Text)
        && (after + 2 >= t.Length || t[after + 2].Kind == TokenKind.Punctuation || IsWord(t, after + 2, "and"));
}
