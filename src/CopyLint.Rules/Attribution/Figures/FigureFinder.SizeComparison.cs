using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A body's size measured against another named body.
internal sealed partial class FigureFinder
{
    private readonly WordSet _sizeComparatives = WordSet.From(data, "figure-size-comparatives");

    /// <summary>
    /// "It is about 30 per cent larger than Earth", "roughly 20% more massive than Jupiter", "about 10% smaller than the
    /// Sun": a share straight before a comparative of size (figure-size-comparatives.txt) and "than" a capitalised name is a
    /// measurement. "about 30 per cent larger than last year", "30% larger than expected" and "30% bigger than Tuesday's" stay claims.
    /// </summary>
    private bool IsSizeComparison(ReadOnlySpan<Token> t, int end)
    {
        var comparative = IsWord(t, end + 1, "more") ? end + 2 : end + 1;
        if (comparative >= t.Length || t[comparative].Kind != TokenKind.Word || !_sizeComparatives.Contains(t[comparative].Text) || !IsWord(t, comparative + 1, "than"))
        {
            return false;
        }

        var name = IsWord(t, comparative + 2, "the") ? comparative + 3 : comparative + 2;
        // "than Tuesday's", "than Britain's economy", "than March": a date or a possessive compares something else.
        return name < t.Length && t[name].Kind == TokenKind.Word && t[name].IsCapitalized && !_words.Dates.Contains(t[name].Text)
            && !(t[name].Text.EndsWith("'s", StringComparison.Ordinal) || t[name].Text.EndsWith("’s", StringComparison.Ordinal));
    }
}
