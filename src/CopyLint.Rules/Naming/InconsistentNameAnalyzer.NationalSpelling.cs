namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "the UK Ministry of Defence" after "Japan's Ministry of Defense": a word that differs from the other name's only as
    /// British and American spelling do, and closes a name of its own after "of", is another body's official name, not a
    /// short reference. "Defence officials said" after "the Department of Defense" is still reported.
    /// </summary>
    internal static bool IsNationalSpellingInOwnName(FormStats odd, string right, string text) =>
        IsNationalSpellingAfterOf(odd.Form, right, text, odd.First.Span.Start);

    /// <summary><paramref name="word"/>, written at <paramref name="start"/> after "of", is <paramref name="other"/> in the other nation's spelling.</summary>
    private static bool IsNationalSpellingAfterOf(string word, string other, string text, int start) =>
        text.AsSpan(0, start).EndsWith(" of ") && (IsNationalSpellingPair(word, other) || IsNationalSpellingPair(other, word));

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
