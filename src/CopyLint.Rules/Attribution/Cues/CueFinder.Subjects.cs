using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

internal sealed partial class CueFinder
{
    private const int MaxOpeningNounWords = 3;

    private static readonly WordSet PluralVerbs = new(["have", "had", "were", "are"]);

    /// <summary>
    /// "Dangerous contact charges have risen by more than 30 per cent": a cue word in -s that closes the sentence's
    /// opening words, lower-case but for the first, and comes before a plural verb, is the plural noun that verb agrees
    /// with, not a verb of saying. "the 40 people the ministry says are missing" keeps its verb: an article inside the
    /// opening words starts the verb's own subject.
    /// </summary>
    private static bool IsPluralSubjectNoun(ReadOnlySpan<Token> tokens, int i)
    {
        if (i > MaxOpeningNounWords || !tokens[i].Text.EndsWith('s') || i + 1 >= tokens.Length || tokens[i + 1].Kind != TokenKind.Word
            || !PluralVerbs.Contains(tokens[i + 1].Text))
        {
            return false;
        }

        for (var k = 0; k < i; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || Pronouns.Contains(tokens[k].Text) || (k > 0 && (tokens[k].IsCapitalized || Determiners.Contains(tokens[k].Text))))
            {
                return false;
            }
        }

        return true;
    }
}
