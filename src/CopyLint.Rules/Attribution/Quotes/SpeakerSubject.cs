using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// 'He hopes to enrol on a distance-learning degree in the next year. "When I get out, …"', 'Ms Lowther credits her
/// mentor … with keeping her in the job. "She told me …"': a quotation straight after a paragraph's first sentence whose
/// subject is the story's last credited speaker, as features lay out a speaker's next quote. The subject is 'He' or
/// 'She', or a title and a surname; the last credited quotation, a few paragraphs back at most, must be that person's:
/// the same pronoun, the same surname, or the pronoun the title gives. Anyone else's credit before names no one here.
/// </summary>
internal static class SpeakerSubject
{
    /// <summary>How many paragraphs back the last credited quotation may stand: the story may give a paragraph or two of background between.</summary>
    private const int LookBack = 3;

    public static bool Credits(SourceMap map, int p, Quotation quotation, string text)
    {
        var paragraph = map.Paragraphs[p];
        if (paragraph.Sentences.Count < 2 || paragraph.SentenceOf(quotation.Open) != 1 || paragraph.Sentences[1].Start.Value != quotation.Open)
        {
            return false;
        }

        var subject = paragraph.TokensOf(0);
        if (subject.Length < 3 || paragraph.Quoted[..subject.Length].Contains(true) || Subject(subject) is not { } person)
        {
            return false;
        }

        for (var q = p - 1; q >= Math.Max(0, p - LookBack); q--)
        {
            var before = map.Paragraphs[q];
            if (before.IsHeading)
            {
                return false;
            }

            for (var k = before.Quotations.Length - 1; k >= 0; k--)
            {
                if (map.SpeakerOf(q, before.Quotations[k]) is { Strength: Cues.CueStrength.Firm, Agent: { } agent } && agent.End <= text.Length)
                {
                    return IsSamePerson(person, LastWord(text.AsSpan(agent.Start, agent.Length)));
                }
            }
        }

        return false;
    }

    /// <summary>The person a sentence opens on: "he" or "she", or a title ("ms") and a surname; null for anyone else.</summary>
    private static (string Pronoun, string? Surname)? Subject(ReadOnlySpan<Token> sentence)
    {
        var first = sentence[0].Text.TrimEnd('.');
        if (sentence[0].Kind != TokenKind.Word)
        {
            return null;
        }

        if (first is "He" or "She")
        {
            return (first.ToLowerInvariant(), null);
        }

        var name = sentence[1].Text == "." ? 2 : 1;
        return TitlePronoun(first) is { } pronoun && name < sentence.Length
            && sentence[name] is { Kind: TokenKind.Word, IsCapitalized: true } surname && !surname.Text.EndsWith("'s", StringComparison.Ordinal)
            ? (pronoun, surname.Text)
            : null;
    }

    /// <summary>The credited speaker is the subject: the same surname, or a pronoun the subject's pronoun or title matches ("Dr" either).</summary>
    private static bool IsSamePerson((string Pronoun, string? Surname) person, ReadOnlySpan<char> speaker) =>
        (person.Surname is { } surname && speaker.SequenceEqual(surname))
        || (Pronouns.Contains(speaker) && (person.Pronoun == "any" || speaker.Equals(person.Pronoun, StringComparison.OrdinalIgnoreCase)));

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> agent)
    {
        var trimmed = agent.TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }

    private static string? TitlePronoun(string title) => title switch
    {
        "Mr" => "he",
        "Mrs" or "Ms" or "Miss" => "she",
        "Dr" => "any",
        _ => null,
    };

    private static readonly WordSet Pronouns = new(["he", "she"]);
}
