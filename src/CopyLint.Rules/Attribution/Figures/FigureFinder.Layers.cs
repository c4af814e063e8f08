using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// The layers of an insurance or reinsurance programme: the sum above which losses pass on is a term of the contract.
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "losses above $100 million fall to the group's excess-of-loss programme", "claims in excess of $10 million are
    /// shared among the clubs": a sum after "losses" or "claims" and a bound ("above", "exceeding", "in excess of"), then
    /// a verb that passes those losses on (figure-layer-verbs.txt), is a cover's attachment point. "caused losses above
    /// $100 million" and "losses above $100 million were reported" stay claims.
    /// </summary>
    private bool IsLayerAttachment(ReadOnlySpan<Token> t, int first, int end)
    {
        var bound = IsWord(t, first - 1, "above") || IsWord(t, first - 1, "exceeding") ? first - 1
            : IsWord(t, first, "in") && IsWord(t, first + 1, "excess") ? first
            : -1;
        if (bound < 1 || !(IsWord(t, bound - 1, "losses") || IsWord(t, bound - 1, "claims")))
        {
            return false;
        }

        var verb = IsWord(t, end + 1, "are") || IsWord(t, end + 1, "is") ? end + 2 : end + 1;
        return verb < t.Length && t[verb].Kind == TokenKind.Word && _words.LayerVerbs.Contains(t[verb].Text);
    }
}
