using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures that restate the ones just before them, the writer's work rather than a claim: a sum converted in apposition
/// and a share worked out from the figures in the same sentence.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "about 115.5 trillion yen, or roughly 770 billion dollars,": a sum restated in another currency after ", or",
    /// straight after the sum it converts. "rose 5%, or about 4,000 jobs" is no conversion: the figure before is not money.
    /// </summary>
    private bool IsConversionInApposition(ReadOnlySpan<Token> t, int first, FigureKind kind)
    {
        if (kind != FigureKind.Money || !IsWord(t, first - 1, "or") || first < 3 || t[first - 2].Text != ",")
        {
            return false;
        }

        var before = t[first - 3];
        return before.Kind == TokenKind.Number || (before.Kind == TokenKind.Word && (_words.CurrencyWords.Contains(before.Text) || Magnitudes.Contains(before.Text)));
    }

    private static readonly WordSet Magnitudes = new(["million", "billion", "trillion", "mn", "bn", "m", "bln"]);

    /// <summary>
    /// "… about 28.6 trillion yen, meaning that roughly a quarter of spending will be financed by debt": after a comma,
    /// "meaning (that)", "which means (that)" or "implying (that)" opens the writer's arithmetic on the figures before.
    /// "The plan means about 4,000 jobs will go" states a claim of its own and stays reported.
    /// </summary>
    private static bool IsDerivedByMeaning(ReadOnlySpan<Token> t, int first)
    {
        if (IsFigureEquated(t, first))
        {
            return true;
        }

        // Back over "that" and the figure's own lower-case words ("roughly a quarter") to the verb.
        for (var verb = first - 1; verb >= 1 && verb >= first - 4 && t[verb] is { Kind: TokenKind.Word, IsCapitalized: false }; verb--)
        {
            if (((IsWord(t, verb, "meaning") || IsWord(t, verb, "implying")) && t[verb - 1].Text == ",")
                || (IsWord(t, verb, "means") && IsWord(t, verb - 1, "which") && verb >= 2 && t[verb - 2].Text == ","))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The company's leakage figure equates to about a fifth of the water it puts into supply": a figure, as the subject of
    /// "equates to" or "is equivalent to", restated as a share is the writer's arithmetic on it. "Leakage equates to about a
    /// fifth of supply" names no figure to work from, and stays a claim.
    /// </summary>
    private static bool IsFigureEquated(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "to"))
        {
            return false;
        }

        var verb = first - 2;
        var subject = IsWord(t, verb, "equates") || IsWord(t, verb, "equated") ? verb - 1
            : IsWord(t, verb, "equivalent") && (IsWord(t, verb - 1, "is") || IsWord(t, verb - 1, "was")) ? verb - 2
            : -1;
        return subject >= 0 && (IsWord(t, subject, "figure") || IsWord(t, subject, "figures") || IsWord(t, subject, "total"));
    }
}
