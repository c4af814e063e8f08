using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation that is the object or complement of a verb of speech or judgement (rules/lists/quote-speech-acts.txt)
/// earlier in its sentence, whose subject is its speaker: "He thanked her in his opening statement for "…"",
/// "with Stalin describing the issue as "…"". The verb needs a subject before it: "was praised for "…"" (a passive)
/// and "the praise for "…"" (a noun) name no speaker.
/// </summary>
internal sealed class SpeechActFrame(RuleDataSet data)
{
    private static readonly WordSet NotSubjects = new(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "no", "any", "every", "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting"]);

    private readonly WordSet _verbs = WordSet.From(data, "quote-speech-acts");

    /// <summary>Whether a verb of the list with a subject stands between <paramref name="sentenceStart"/> and the opening mark <paramref name="open"/>.</summary>
    public bool Frames(Token[] tokens, bool[] quoted, int sentenceStart, int open)
    {
        for (var k = open - 1; k > sentenceStart; k--)
        {
            if (tokens[k].Text is ";" or ":")
            {
                return false; // a new clause: its quotation is not the object of a verb before it
            }

            if (tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } verb && !quoted[k] && _verbs.Contains(verb.Text) && HasSubject(tokens, sentenceStart, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word before the verb, past one adverb ("He openly accused"), that is no determiner or form of 'be' ("a widely
    /// praised", "was praised"); a participle after a comma takes the clause's subject ("The mayor rejected it, branding it").
    /// </summary>
    private static bool HasSubject(Token[] tokens, int sentenceStart, int verb)
    {
        var k = verb - 1;
        if (k > sentenceStart && tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        if (k > sentenceStart && tokens[k].Text == "," && tokens[verb].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        return tokens[k].Kind is TokenKind.Word && !NotSubjects.Contains(tokens[k].Text);
    }
}
