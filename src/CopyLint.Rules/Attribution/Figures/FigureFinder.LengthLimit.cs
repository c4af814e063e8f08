using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Letters should be no more than 250 words", "not more than 300 words", "entries of up to 500
    /// words": a bound on the length of a text is a rule the page sets, not a count anyone found. "The bill runs to
    /// more than 4,000 words" and "Toddlers know up to 500 words" have no limit before them and are read as any count.
    /// </summary>
    private static bool IsLengthLimit(ReadOnlySpan<Token> t, int start, int end, int approximator)
    {
        if (Next(t, end) is not { } unit || !TextUnits.Contains(unit.Text))
        {
            return false;
        }

        var first = start - approximator;
        return (approximator > 0 && (t[first].IsIgnoreCase("more") || t[first].IsIgnoreCase("fewer") || t[first].IsIgnoreCase("less")) && (IsWord(t, first - 1, "no") || IsWord(t, first - 1, "not")))
            || (approximator == 2 && t[first].IsIgnoreCase("up") && IsWord(t, first + 1, "to") && IsWord(t, first - 1, "of"));
    }

    private static readonly WordSet TextUnits = new(["words", "characters", "lines"]);
}
