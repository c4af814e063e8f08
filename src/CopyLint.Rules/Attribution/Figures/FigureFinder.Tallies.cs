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
        (end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && TallyNouns.Contains(t[end + 1].Text) && !IsCalledEstimated(t, start, approximator)
        && NamesPetition(t)) || IsHearingTally(t, end);

    /// <summary>
    /// "after more than 300 people objected", "More than 190 people signed up to speak": the objections on a planning file
    /// and the speakers' list of a public hearing are tallies of the public record. "More than 300 people protested" and
    /// "300 people objected on social media" count what nobody keeps a record of, and stay claims.
    /// </summary>
    private static bool IsHearingTally(ReadOnlySpan<Token> t, int end)
    {
        var verb = end + 1;
        if (!IsWord(t, verb, "people") && !IsWord(t, verb, "residents"))
        {
            return false;
        }

        verb++;
        var after = verb + 1;
        if (IsWord(t, verb, "signed") && IsWord(t, after, "up"))
        {
            after++;
        }
        else if (!IsWord(t, verb, "objected") && !IsWord(t, verb, "registered"))
        {
            return false;
        }

        var speak = IsWord(t, after, "to") && IsWord(t, after + 1, "speak");
        return IsWord(t, verb, "objected") ? after >= t.Length || t[after].Kind == TokenKind.Punctuation || IsObjectionToFile(t, after) : speak;
    }

    /// <summary>"objected to the application", "objected to the plans": the file the objections are lodged on.</summary>
    private static bool IsObjectionToFile(ReadOnlySpan<Token> t, int to) =>
        IsWord(t, to, "to") && IsWord(t, to + 1, "the") && to + 2 < t.Length && t[to + 2].Kind == TokenKind.Word && FileNouns.Contains(t[to + 2].Text);

    private static readonly WordSet FileNouns = new(["application", "applications", "plans", "proposal", "proposals", "scheme", "development"]);

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
