using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A rule of thumb stated of any population, not a finding about one.
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Around 95% of a population needs to receive two doses of vaccine to prevent outbreaks": a share "of a" or "of an"
    /// thing in general, then a verb of requirement (figure-requirement-verbs.txt), is a threshold that holds anywhere,
    /// background like a definition. "Around 95% of the population needs help" and "95% of a village was flooded" are
    /// about one place, and stay claims.
    /// </summary>
    private bool IsGenericThreshold(ReadOnlySpan<Token> t, int end) =>
        IsWord(t, end + 1, "of") && (IsWord(t, end + 2, "a") || IsWord(t, end + 2, "an")) && end + 4 < t.Length && t[end + 3].Kind == TokenKind.Word
        && t[end + 4].Kind == TokenKind.Word && _words.RequirementVerbs.Contains(t[end + 4].Text);

    /// <summary>
    /// "collected more than 60,000 signatures, above the 50,000 required for a popular initiative under Armenian law": a
    /// count set, after a comma, against the threshold a rule requires (figure-requirement-verbs.txt) is the record of
    /// meeting it. "collected more than 60,000 signatures, organisers said" is sourced; with no threshold it counts.
    /// </summary>
    private bool IsSetAgainstRequirement(ReadOnlySpan<Token> t, int end)
    {
        var k = end + 1;
        while (k < t.Length && k <= end + 2 && t[k].Kind == TokenKind.Word)
        {
            k++;
        }

        if (k >= t.Length || t[k].Text != "," || !(IsWord(t, k + 1, "above") || IsWord(t, k + 1, "over") || IsWord(t, k + 1, "below")))
        {
            return false;
        }

        return IsWord(t, k + 2, "the") && k + 4 < t.Length && t[k + 3].Kind == TokenKind.Number
            && t[k + 4].Kind == TokenKind.Word && _words.RequirementVerbs.Contains(t[k + 4].Text);
    }
}
