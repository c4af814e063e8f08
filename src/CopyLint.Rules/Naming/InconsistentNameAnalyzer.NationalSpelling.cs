namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "the UK Ministry of Defence" after "Japan's Ministry of Defense": a word that differs from the other name's only as
    /// British and American spelling do, and closes a name of its own after "of" that opens with its owner, is another
    /// body's official name, not a short reference. "Defence officials said" after "the Department of Defense", and
    /// "the Ministry of Defense" after "the Ministry of Defence" (no owner: one body spelt two ways), are still reported.
    /// </summary>
    internal static bool IsNationalSpellingInOwnName(NameLexicon lexicon, FormStats odd, string right, string text) =>
        IsNationalSpellingAfterOf(lexicon, odd.Form, right, text, odd.First.Span.Start);

    /// <summary><paramref name="word"/>, written at <paramref name="start"/> after "of" in an owned name, is <paramref name="other"/> in the other nation's spelling.</summary>
    private static bool IsNationalSpellingAfterOf(NameLexicon lexicon, string word, string other, string text, int start) =>
        text.AsSpan(0, start).EndsWith(" of ") && (IsNationalSpellingPair(word, other) || IsNationalSpellingPair(other, word))
        && OpensWithOwner(lexicon, text, start - " of ".Length);

    /// <summary>
    /// "UK Ministry", "Japan's Ministry", "the Australian Department": the capitalised words that end at
    /// <paramref name="end"/> name the body after an owner, a place, its people, a possessive or initials such as "UK".
    /// </summary>
    private static bool OpensWithOwner(NameLexicon lexicon, string text, int end)
    {
        for (var words = 0; end > 0 && words < 4; words++)
        {
            var start = text.LastIndexOf(' ', end - 1) + 1;
            var word = text[start..end];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            if (words > 0 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
                || lexicon.IsPlaceForm(word) || word.All(char.IsUpper)))
            {
                return true;
            }

            end = start - 1;
        }

        return false;
    }

    /// <summary><paramref name="british"/> is <paramref name="american"/> in British spelling: "Defence"/"Defense", "Labour"/"Labor", "Centre"/"Center", "Programme"/"Program".</summary>
    private static bool IsNationalSpellingPair(string british, string american)
    {
        foreach (var (ending, replacement) in NationalEndings)
        {
            if (british.EndsWith(ending, StringComparison.Ordinal) && american.EndsWith(replacement, StringComparison.Ordinal)
                && american.Length == british.Length - ending.Length + replacement.Length
                && american.StartsWith(british.AsSpan(0, british.Length - ending.Length), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (string Ending, string Replacement)[] NationalEndings =
        [("ence", "ense"), ("our", "or"), ("tre", "ter"), ("isation", "ization"), ("ise", "ize"), ("programme", "program")];
}
