using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>The figure a body's vote or decision sets, and the members a body stands for, named after them.</summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "The Seimas voted on Tuesday to raise defence spending to at least 6% of gross domestic product": the level or
    /// change a body voted, decided or agreed to raise or cut a thing to or by is the term of its own decision, as
    /// "agreed to exchange 1,000 prisoners" is (<see cref="IsCommittedTerm"/>). "Lithuania raised defence spending to
    /// about 4%" decides nothing and stays a claim.
    /// </summary>
    private bool IsDecidedRevision(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "to") && !IsWord(t, first - 1, "by"))
        {
            return false;
        }

        for (var v = first - 2; v >= 2 && v >= first - 2 - DecidedObjectWords && t[v] is { Kind: TokenKind.Word, IsCapitalized: false }; v--)
        {
            if ((_words.RevisionVerbs.Contains(t[v].Text) || t[v].Text is "increase" or "reduce") && IsWord(t, v - 1, "to"))
            {
                // "voted on Tuesday to raise": a day or a date phrase may stand between the decision and its "to".
                for (var d = v - 2; d >= 0 && d >= v - 4 && t[d].Kind == TokenKind.Word; d--)
                {
                    if (DecisionWords.Contains(t[d].Text) || _words.CommitmentWords.Contains(t[d].Text))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private const int DecidedObjectWords = 4;

    private static readonly WordSet DecisionWords = new(["voted", "votes", "decided", "decides"]);

    /// <summary>
    /// "for about 10,000 drivers and other train staff it represents": the people counted, then "it represents" closing
    /// the phrase, are the body's own members, as "The union represents about 10,000 drivers" is
    /// (<see cref="IsOwnMembership"/>). "for about 10,000 drivers it laid off" stays a claim.
    /// </summary>
    private static bool IsRepresentedByIt(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 2; k < t.Length && k <= end + RepresentedWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            if (MemberVerbs.Contains(t[k].Text) && (IsWord(t, k - 1, "it") || (IsWord(t, k - 1, "union") && IsWord(t, k - 2, "the")))
                && (k + 1 == t.Length || t[k + 1].Kind == TokenKind.Punctuation))
            {
                return true;
            }
        }

        return false;
    }

    private const int RepresentedWordsAfter = 8;
}
