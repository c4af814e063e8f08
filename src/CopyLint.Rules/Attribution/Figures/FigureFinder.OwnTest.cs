using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures the writer or the sentence's subject measured or compiled: a road test's result set against the reporter's
/// own ("about 40 per cent better than we achieved"), and the sample a named owner's data are based on ("Rightmove's
/// figures are based on the asking rents of more than 200,000 homes").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "about 40 per cent better than we achieved in the petrol version", "we averaged about 42mpg": a figure compared
    /// with, or given as, the reporter's own measurement (first person and a test verb) is the reporter's test result.
    /// </summary>
    private static bool IsOwnTestResult(ReadOnlySpan<Token> t, int first, int end)
    {
        for (var k = end + 1; k + 2 < t.Length && k <= end + OwnTestWordsAfter; k++)
        {
            if (IsWord(t, k, "than") && IsFirstPerson(t, k + 1) && TestVerbs.Contains(t[k + 2].Text))
            {
                return true;
            }
        }

        return first >= 2 && TestVerbs.Contains(t[first - 1].Text) && IsFirstPerson(t, first - 2);
    }

    private static bool IsFirstPerson(ReadOnlySpan<Token> t, int at) => IsWord(t, at, "we") || IsWord(t, at, "I");

    private const int OwnTestWordsAfter = 3;

    private static readonly WordSet TestVerbs = new(["achieved", "averaged", "measured", "recorded", "managed", "got", "saw", "returned", "timed"]);

    /// <summary>
    /// "Rightmove's figures are based on the asking rents of more than 200,000 homes": a sentence whose subject is a named
    /// owner's data ("Rightmove's figures", "Cotality's index") says what the owner's own data cover. "The figures are based
    /// on …", with no owner, is still reported.
    /// </summary>
    private static bool IsOwnDataBasis(ReadOnlySpan<Token> t, int first)
    {
        if (t.Length < 5 || t[0].Kind != TokenKind.Word || !t[0].IsCapitalized || !(t[0].Text.EndsWith("'s", StringComparison.Ordinal) || t[0].Text.EndsWith("’s", StringComparison.Ordinal))
            || !DataNouns.Contains(t[1].Text) || !(IsWord(t, 2, "is") || IsWord(t, 2, "are") || IsWord(t, 2, "were") || IsWord(t, 2, "was"))
            || !IsWord(t, 3, "based") || !IsWord(t, 4, "on"))
        {
            return false;
        }

        return first > 4;
    }

    private static readonly WordSet DataNouns = new(["figures", "data", "index", "survey", "report", "research", "analysis", "statistics", "numbers", "estimates"]);
}
