using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// "trailed by 14 points at three-quarter time": a singular fraction before "time" names a break in play, as
    /// "half-time" does (or a metre), not a share of anything; "three-quarters of the time" stays a share.
    /// </summary>
    private static bool IsNamedTime(ReadOnlySpan<Token> t, int i) =>
        !t[i].Text.EndsWith('s') && !t[i].Text.EndsWith('S') && IsWord(t, i + 1, "time");
}
