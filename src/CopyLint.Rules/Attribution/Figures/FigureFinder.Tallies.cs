using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// "a petition has gathered more than 1,400 signatures": the signatures of a petition the sentence names are a tally
    /// anyone can see on it, not a claim. "an estimated 1,400 signatures" is someone's estimate, and "The group collected
    /// more than 60,000 signatures" names no petition to read them on: both stay claims.
    /// </summary>
    private static bool IsSignatureTally(ReadOnlySpan<Token> t, int start, int end, int approximator) =>
        end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && TallyNouns.Contains(t[end + 1].Text) && !IsCalledEstimated(t, start, approximator)
        && NamesPetition(t);

    private static bool NamesPetition(ReadOnlySpan<Token> t)
    {
        foreach (var token in t)
        {
            if (token.Kind == TokenKind.Word && PetitionNouns.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet TallyNouns = new(["signatures", "signatories"]);

    private static readonly WordSet PetitionNouns = new(["petition", "e-petition"]);
}
