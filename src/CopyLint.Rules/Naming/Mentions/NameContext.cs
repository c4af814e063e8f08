using System.Collections.Frozen;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>What the words around a mention say about it.</summary>
public static class NameContext
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = FrozenSet.ToFrozenSet(["said", "says", "told", "urged", "added", "warned", "vowed", "insisted", "noted", "stressed", "called", "praised", "ordered", "visited", "thanked", "accused", "denied", "claimed", "announced", "pledged", "promised", "won", "has", "had", "is", "was", "will", "would", "may", "might", "could", "can", "should", "must", "did", "does"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adverbs that may stand between a subject and its verb: "Brunner also said", "Johar later posted".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbAdverbs = FrozenSet.ToFrozenSet(["also", "later", "then", "previously", "earlier", "again", "separately", "subsequently"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The mention is followed by a verb, as a person acting would be: "Kim urged", "Zelenskyy thanked", "Mbappé, who",
    /// "Blanco, whose"; one adverb may come between ("Brunner also said").
    /// </summary>
    public static bool IsSubjectOfVerb(Document document, Mention mention)
    {
        var text = document.Text;
        var i = mention.Last.Span.End + mention.Possessive.Length;
        if (mention.Possessive.Length > 0 || i >= text.Length)
        {
            return false;
        }

        if (text.AsSpan(i).StartsWith(", who ") || text.AsSpan(i).StartsWith(", whose "))
        {
            return true;
        }

        var next = NextLowercaseWord(text, ref i);
        if (VerbAdverbs.Contains(next))
        {
            next = NextLowercaseWord(text, ref i);
        }

        return next.Length > 1 && ((next.Length > 3 && next.EndsWith("ed")) || SpeechVerbs.Contains(next));
    }

    /// <summary>
    /// The mention is who speaks, straight before "said", "says", "told" or "added" ("Babar said at the close"): a verb
    /// only a person takes, where "Bath won" may be a club's.
    /// </summary>
    public static bool IsSpeaker(Document document, Mention mention)
    {
        var i = mention.Last.Span.End;
        return mention.Possessive.Length == 0 && NextLowercaseWord(document.Text, ref i) is "said" or "says" or "told" or "added";
    }

    /// <summary>The lower-case word after the space at <paramref name="i"/>, which is moved past it; empty when there is none.</summary>
    private static ReadOnlySpan<char> NextLowercaseWord(string text, ref int i)
    {
        if (i >= text.Length || text[i] != ' ')
        {
            return [];
        }

        var start = ++i;
        while (i < text.Length && char.IsAsciiLetterLower(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    /// <summary>"Kvaratskhelia, 23, has two years left": an age in commas after a word says it names a person.</summary>
    public static bool IsFollowedByAge(Document document, Mention mention)
    {
        var text = document.Text.AsSpan();
        var i = mention.Last.Span.End;
        if (mention.Possessive.Length > 0 || i + 4 >= text.Length || text[i] != ',' || text[i + 1] != ' ')
        {
            return false;
        }

        var digits = text[(i + 2)..];
        var n = digits.IndexOfAnyExceptInRange('0', '9');
        return n is >= 1 and <= 3 && digits[n] == ',';
    }
}
