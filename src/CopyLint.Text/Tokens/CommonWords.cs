namespace CopyLint.Text;

/// <summary>
/// One shared string for each of the commonest words of English news copy, so that a document's tokens reuse it
/// instead of allocating the word again at every occurrence: these few words are about a third of running text.
/// Only strings, never behaviour: a word's token text is equal whether it comes from here or from the source.
/// </summary>
internal static class CommonWords
{
    // Commonest first: where two words share a slot, the first keeps it.
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

    private static readonly string?[] Slots = BuildSlots();

    /// <summary>The shared string for a word of the text, or a new one when it is not a common word.</summary>
    public static string Of(string text, int start, int length)
    {
        if (length is >= 2 and <= MaxLength)
        {
            var word = Slots[SlotOf(text[start], text[start + 1], text[start + length - 1], length)];
            if (word is not null && word.Length == length && text.AsSpan(start, length).SequenceEqual(word))
            {
                return word;
            }
        }

        return text.Substring(start, length);
    }

    /// <summary>
    /// A slot from a word's first two letters, last letter and length (a word here has at least two letters: one-letter
    /// tokens share cached strings already). Constants picked so that words of the list share a slot only where all four
    /// agree ("there", "these", "those", "three"; "than", "then"; "where", "while").
    /// </summary>
    private static int SlotOf(char first, char second, char last, int length) =>
        (first * 9 + second * 177 + last * 11 + length * 178) & SlotMask;

    private static string?[] BuildSlots()
    {
        var slots = new string?[SlotMask + 1];
        foreach (var word in Words)
        {
            if (word.Length is >= 2 and <= MaxLength)
            {
                slots[SlotOf(word[0], word[1], word[^1], word.Length)] ??= word;
            }
        }

        return slots;
    }
}
