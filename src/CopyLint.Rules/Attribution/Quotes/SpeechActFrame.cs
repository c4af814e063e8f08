using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation that is the object or complement of a verb of speech or judgement (rules/lists/quote-speech-acts.txt)
/// earlier in its sentence, whose subject is its speaker: "He thanked her in his opening statement for "…"",
/// "with Stalin describing the issue as "…"". The verb needs a subject before it: "was praised for "…"" (a passive)
/// and "the praise for "…"" (a noun) name no speaker. A verb of performance (rules/lists/quote-performance-verbs.txt:
/// "he is delivering "…" to the back row") frames a quotation only when its subject is a person, a pronoun or a name:
/// a plan or a policy "delivering "…"" is a claim someone made.
/// </summary>
internal sealed class SpeechActFrame(RuleDataSet data)
{
    private static readonly WordSet NotSubjects = new(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "no", "any", "every", "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting"]);
    private static readonly WordSet BeForms = new(["is", "are", "was", "were", "be", "been"]);
    private static readonly WordSet Pronouns = new(["he", "she", "they", "i", "we", "you"]);

    /// <summary>Words and phrases ('holding that': the verb frames only before 'that').</summary>
    private readonly PhraseMatcher _verbs = new(data.GetList("quote-speech-acts"));
    private readonly WordSet _performances = WordSet.From(data, "quote-performance-verbs");

    /// <summary>Whether a verb of the list with a subject stands between <paramref name="sentenceStart"/> and the opening mark <paramref name="open"/>.</summary>
    public bool Frames(ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted, int sentenceStart, int open)
    {
        for (var k = open - 1; k > sentenceStart; k--)
        {
            if (tokens[k].Text is ";" or ":")
            {
                return false; // a new clause: its quotation is not the object of a verb before it
            }

            if (tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false } verb || quoted[k])
            {
                continue;
            }

            if ((_verbs.Match(tokens, k) > 0 && SubjectOf(tokens, sentenceStart, k) >= 0)
                || (_performances.Contains(verb.Text) && SubjectOf(tokens, sentenceStart, k) is var subject and >= 0 && IsPerson(tokens[subject])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word before the verb, past one adverb ("He openly accused") and the auxiliary of a progressive ("he is
    /// delivering"), that is no determiner or form of 'be' ("a widely praised", "was praised"), or -1; a participle
    /// after a comma takes the clause's subject ("The mayor rejected it, branding it", "granted the motion in May 2024,
    /// holding that").
    /// </summary>
    private static int SubjectOf(ReadOnlySpan<Token> tokens, int sentenceStart, int verb)
    {
        var participle = tokens[verb].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var k = verb - 1;
        if (k > sentenceStart && tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        if (participle && k > sentenceStart && tokens[k].Text == ",")
        {
            k--;
            return tokens[k].Kind == TokenKind.Number || (tokens[k].Kind == TokenKind.Word && !NotSubjects.Contains(tokens[k].Text)) ? k : -1;
        }

        if (participle && k > sentenceStart && tokens[k].Kind == TokenKind.Word && BeForms.Contains(tokens[k].Text))
        {
            k--;
        }

        if (!participle && tokens[k].Text == ",")
        {
            return NameBeforeAppositive(tokens, sentenceStart, k);
        }

        return tokens[k].Kind is TokenKind.Word && !NotSubjects.Contains(tokens[k].Text) ? k : -1;
    }

    /// <summary>
    /// "Khumalo, now 78 and living in Pietermaritzburg, remembers": the name before an aside set off by commas, the
    /// aside short and with no other comma, or -1. <paramref name="comma"/> is the aside's closing comma.
    /// </summary>
    private static int NameBeforeAppositive(ReadOnlySpan<Token> tokens, int sentenceStart, int comma)
    {
        for (var k = comma - 1; k > sentenceStart && comma - k <= MaxAppositiveTokens; k--)
        {
            if (tokens[k].Text == ",")
            {
                if (IsAgeAfterName(tokens, sentenceStart, k))
                {
                    k -= 2; // "Nkosi, 31, who grew up in Soshanguve, thanked": the age is a second aside after the name
                }

                return tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true } name && !NotSubjects.Contains(name.Text) ? k - 1 : -1;
            }
        }

        return -1;
    }

    private const int MaxAppositiveTokens = 12;

    /// <summary>"Nkosi, 31,": an age set off by commas just before <paramref name="comma"/>, with a name before it.</summary>
    private static bool IsAgeAfterName(ReadOnlySpan<Token> tokens, int sentenceStart, int comma) =>
        comma - 3 >= sentenceStart && tokens[comma - 1].Kind == TokenKind.Number && tokens[comma - 2].Text == ","
        && tokens[comma - 3] is { Kind: TokenKind.Word, IsCapitalized: true };

    /// <summary>A pronoun or a name: someone who can speak a line.</summary>
    private static bool IsPerson(Token subject) => Pronouns.Contains(subject.Text) || subject.IsCapitalized;
}
