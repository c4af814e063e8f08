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
    /// "About 2,000 police personnel will be deployed for the event": a count of police or stewards
    /// (figure-deployment-nouns.txt, up to two of the words) as the subject of "will be" and a verb of posting
    /// (figure-deployment-verbs.txt) is the authority's arrangement for a coming event. "have been deployed" stays a claim.
    /// </summary>
    private bool IsPlannedDeployment(ReadOnlySpan<Token> t, int end)
    {
        var k = end + 1;
        while (k < t.Length && k <= end + 2 && t[k].Kind == TokenKind.Word && _words.DeploymentNouns.Contains(t[k].Text))
        {
            k++;
        }

        return k > end + 1 && IsWord(t, k, "will") && IsWord(t, k + 1, "be") && k + 2 < t.Length && t[k + 2].Kind == TokenKind.Word
            && _words.DeploymentVerbs.Contains(t[k + 2].Text);
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
