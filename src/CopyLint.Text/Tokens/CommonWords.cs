using System.Runtime.CompilerServices;

namespace CopyLint.Text;

/// <summary>
/// One shared string for each of the commonest words of English news copy, so that a document's tokens reuse it
/// instead of allocating the word again at every occurrence: these few words are about a third of running text.
/// Only strings, never behaviour: a word's token text is equal whether it comes from here or from the source.
/// </summary>
internal sealed class CommonWords
{
    // Commonest first (where two words share a slot, the first keeps it); at most 255.
    private static readonly string[] Words =
    [
        "the", "of", "to", "and", "a", "in", "said", "for", "that", "on", "is", "was", "with", "he", "it", "as", "at",
        "by", "his", "from", "has", "have", "be", "are", "had", "an", "not", "its", "this", "but", "they", "were",
        "who", "will", "their", "been", "after", "also", "which", "would", "more", "or", "about", "she", "her", "we",
        "The", "up", "one", "two", "year", "new", "last", "first", "than", "out", "when", "there", "can", "could",
        "all", "over", "into", "people", "told", "says", "some", "other", "only", "most", "may", "no", "if", "so",
        "what", "him", "them", "our", "you", "i", "these", "those", "then", "between", "during", "against", "before",
        "under", "while", "where", "since", "through", "because", "being", "both", "each", "any", "many", "much",
        "very", "well", "just", "like", "made", "now", "off", "still", "should", "did", "do", "does", "how", "us",
        "me", "years", "week", "time", "three", "government", "police", "including", "according",
        "In", "It", "He", "She", "But", "They", "We", "This", "That", "A", "And", "On", "At", "For", "As", "Mr", "Mrs",
        "Ms", "I", "If", "After", "There", "When",
    ];

    private const int MaxLength = 10;
    private const int SlotMask = 1023;

    // Each slot holds a word's index in Words plus one, or 0: a byte a slot keeps the table in a kilobyte, so that the
    // look-up of a word that is not common (most of them) stays in the first-level cache.
    private readonly byte[] _slots = new byte[SlotMask + 1];

    private CommonWords()
    {
        for (var i = Words.Length - 1; i >= 0; i--)
        {
            var word = Words[i];
            if (word.Length is >= 2 and <= MaxLength)
            {
                _slots[SlotOf(word[0], word[1], word[^1], word.Length)] = (byte)(i + 1);
            }
        }
    }

    /// <summary>The one table; a scan reads it once, not a static field (and its initialisation check) per word.</summary>
    public static CommonWords Shared { get; } = new();

    /// <summary>The shared string for a word of the text, or a new one when it is not a common word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Of(string text, int start, int length)
    {
        if (length is >= 2 and <= MaxLength
            && _slots[SlotOf(text[start], text[start + 1], text[start + length - 1], length)] is > 0 and var slot
            && Words[slot - 1] is var word && word.Length == length && SameFrom(text, start, word))
        {
            return word;
        }

        return text.Substring(start, length);
    }

    /// <summary>A word of at most <see cref="MaxLength"/> letters compared in a loop: shorter than a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameFrom(string text, int start, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (text[start + i] != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A slot from a word's first two letters, last letter and length (a word here has at least two letters: one-letter
    /// tokens share cached strings already). Constants picked so that words of the list share a slot only where all four
    /// agree ("there", "these", "those", "three"; "than", "then"; "where", "while"): the commoner, first in the list, keeps it.
    /// </summary>
    private static int SlotOf(char first, char second, char last, int length) =>
        (first * 9 + second * 177 + last * 11 + length * 178) & SlotMask;
}
