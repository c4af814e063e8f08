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

    /// <summary>
    /// "In our sustained Cinebench loop, performance dropped about 15%", "with the screen at about 70% brightness, my unit
    /// lasted", "We've tested more than 400 pairs": a sentence the reviewer frames as their own test (our or my before a
    /// test noun, or we or I with a test verb) gives its figures as the reviewer's results.
    /// </summary>
    private static bool IsOwnTestSentence(ReadOnlySpan<Token> t)
    {
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k].Kind != TokenKind.Word)
            {
                continue;
            }

            if (IsWord(t, k, "our") || IsWord(t, k, "my"))
            {
                for (var j = k + 1; j < t.Length && j <= k + OwnTestNounReach && t[j].Kind == TokenKind.Word; j++)
                {
                    if (OwnTestNouns.Contains(t[j].Text) && char.IsLower(t[j].Text[0]))
                    {
                        return true;
                    }
                }
            }
            else if (FirstPersonSubjects.Contains(t[k].Text))
            {
                var verb = IsWord(t, k + 1, "have") || IsWord(t, k + 1, "had") ? k + 2 : k + 1;
                if (verb < t.Length && t[verb].Kind == TokenKind.Word && OwnTestVerbs.Contains(t[verb].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int OwnTestNounReach = 4;

    private static readonly WordSet OwnTestNouns = new(["test", "tests", "testing", "loop", "benchmark", "benchmarks", "unit", "measurements"]);

    private static readonly WordSet FirstPersonSubjects = new(["we", "I", "we've", "I've", "we'd", "I'd", "we’ve", "I’ve", "we’d", "I’d"]);

    private static readonly WordSet OwnTestVerbs = new(["tested", "measured", "timed", "benchmarked", "reviewed"]);

    /// <summary>
    /// "Larian lists more than 1,000 fixes", "Steam counts about 800,000 players": a named subject that opens the sentence
    /// with a verb of listing straight before the figure is the figure's source. "The waiting lists of about 7 million" is
    /// no such subject.
    /// </summary>
    private static bool IsListedBySubject(ReadOnlySpan<Token> t, int first) =>
        first is >= 2 and <= 3 && t[first - 1].Kind == TokenKind.Word && ListingVerbs.Contains(t[first - 1].Text)
        && t[0] is { Kind: TokenKind.Word, IsCapitalized: true } && !IsWord(t, 0, "The")
        && (first == 2 || t[1] is { Kind: TokenKind.Word, IsCapitalized: true });

    private static readonly WordSet ListingVerbs = new(["lists", "counts", "tallies", "logs", "tracks"]);

    /// <summary>
    /// "The filing lists 1,100 creditors, including … several hundred owner-operators": a sentence opening on a document
    /// of record and a verb of listing sources every figure the list gives. "The waiting lists of about 7 million" has no
    /// document as its subject.
    /// </summary>
    private static bool IsListedByDocument(ReadOnlySpan<Token> t, int first)
    {
        if (t.Length < 4 || !IsWord(t, 0, "The") || !DocumentNouns.Contains(t[1].Text) || !ListingVerbs.Contains(t[2].Text) || first < 3)
        {
            return false;
        }

        for (var k = 3; k < first; k++)
        {
            if (t[k].Text is ";" or ":")
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet DocumentNouns = new(["filing", "petition", "indictment", "complaint", "lawsuit", "prospectus", "register", "notice", "document", "documents", "report"]);

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
