using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>A term an agreement or a quota sets, given in the clause that names it.</summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "its quota under the OPEC+ agreement, which was set at about 1.56 million barrels per day": what an agreement or a
    /// quota named just before the clause "was set at" is one of its published terms, sourced by the name. "The damage,
    /// which was set at about $5 million" names no agreement and stays a claim, as does "is expected to be set at".
    /// </summary>
    private static bool IsSetByAgreement(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "at") || !IsWord(t, first - 2, "set") || !(IsWord(t, first - 3, "was") || IsWord(t, first - 3, "is") || IsWord(t, first - 3, "were")))
        {
            return false;
        }

        var relative = first - 4;
        if (!(IsWord(t, relative, "which") || IsWord(t, relative, "that")))
        {
            return false;
        }

        var noun = relative >= 1 && t[relative - 1].Text == "," ? relative - 2 : relative - 1;
        return noun >= 0 && t[noun].Kind == TokenKind.Word && AgreedTermNouns.Contains(t[noun].Text);
    }

    private static readonly WordSet AgreedTermNouns = new(["agreement", "accord", "deal", "pact", "treaty", "quota", "quotas"]);
}
