using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    private const int MaxWritersVerbWords = 3;

    /// <summary>
    /// "I lost nearly a third of my customers", "we spend half our income on rent": in a letter or a first-person column,
    /// a share of the writer's own things, with the writer as the subject just before, is the writer's own account. "I read
    /// that nearly a third of shops close" and "Traders lost nearly a third of their customers" name no such owner.
    /// </summary>
    private static bool IsWritersOwnShare(ReadOnlySpan<Token> t, int first, int end)
    {
        var owner = IsWord(t, end + 1, "of") ? end + 2 : end + 1;
        if ((uint)owner >= (uint)t.Length || t[owner].Kind != TokenKind.Word)
        {
            return false;
        }

        var plural = t[owner].IsIgnoreCase("our");
        if (!plural && !t[owner].IsIgnoreCase("my"))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && first - k <= MaxWritersVerbWords + 1 && t[k].Kind == TokenKind.Word; k--)
        {
            if (k < first - 1 && (plural ? t[k].IsIgnoreCase("we") : t[k].Text == "I"))
            {
                return true;
            }

            if (t[k].IsCapitalized || WritersClauseBreaks.Contains(t[k].Text))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet WritersClauseBreaks = new(["that", "said", "says", "read", "heard", "told", "say"]);
}
