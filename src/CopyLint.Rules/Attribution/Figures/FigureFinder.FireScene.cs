using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>The scene of a fire as fire copy describes it: the crews at work on it and what the burning building held.</summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "More than 120 firefighters from career and volunteer brigades … are fighting the fire": a count of crews
    /// (figure-crew-nouns.txt, "fire" before the noun passed over) with a verb of firefighting later in its sentence
    /// (figure-crew-verbs.txt) is the service's turnout. "More than 200 firefighters attended the rally" counts a crowd.
    /// </summary>
    private bool IsCrewAtWork(ReadOnlySpan<Token> t, int end)
    {
        var noun = IsWord(t, end + 1, "fire") ? end + 2 : end + 1;
        if (noun >= t.Length || t[noun].Kind != TokenKind.Word || !_words.CrewNouns.Contains(t[noun].Text))
        {
            return false;
        }

        for (var k = noun + 1; k < t.Length; k++)
        {
            if (t[k].Kind == TokenKind.Word && _words.CrewVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "The barn, which contained about 200 bales of hay and straw, was well alight": goods (figure-stock-nouns.txt) counted
    /// straight after "which" or "that" and a verb of holding (figure-stock-verbs.txt) describe what the building held. "which held about 200 sheep"
    /// counts animals, and is judged as usual.
    /// </summary>
    private bool IsStoredStock(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 2 && t[first - 1].Kind == TokenKind.Word && _words.StockVerbs.Contains(t[first - 1].Text)
        && (IsWord(t, first - 2, "which") || IsWord(t, first - 2, "that"))
        && end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && _words.StockNouns.Contains(t[end + 1].Text);
}
