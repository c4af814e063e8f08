namespace CopyLint.Text;

/// <summary>
/// One shared string for each of the commonest short words of news copy ("the", "said", "The"): the scanner gives a
/// word token one of these instead of a copy of the text, as it does one-character tokens. The 160 words below, from
/// CleanCorpus, are over 40 % of its words. A fixed table read by every thread and never written, small enough to stay
/// in cache, unlike a vocabulary of every word (phase 18 in bench/RESULTS.md).
/// </summary>
internal static class CommonWords
{
    private const int Bits = 10;

    private static readonly string[] Words =
    [
        "the", "in", "to", "of", "and", "said", "The", "for", "on", "is", "that", "at", "was", "by", "with", "from", "it", "had",
        "has", "year", "as", "not", "are", "have", "about", "who", "will", "its", "he", "would", "be", "were", "after", "more",
        "than", "been", "which", "an", "this", "but", "first", "his", "up", "We", "two", "people", "she", "last", "their",
        "years", "one", "By", "we", "they", "over", "new", "since", "or", "before", "time", "three", "told", "her", "next", "It",
        "can", "them", "out", "per", "most", "also", "when", "He", "you", "In", "under", "now", "day", "second", "week", "into",
        "what", "cent", "could", "four", "no", "all", "where", "month", "back", "won", "our", "did", "every", "still", "down",
        "made", "some", "five", "data", "months", "do", "says", "work", "prices", "third", "home", "long", "report", "season",
        "state", "end", "market", "water", "while", "But", "final", "found", "so", "This", "cut", "Mr", "chief", "say", "off",
        "rose", "there", "only", "many", "record", "pay", "should", "set", "rate", "Monday", "half", "six", "take", "cost",
        "days", "team", "money", "She", "need", "if", "my", "during", "across", "same", "price", "fell", "how", "run", "around",
        "other", "budget", "early", "want", "hours", "own",
    ];

    // A slot per hash of a word's length and first, second and last characters; of two words in one slot the commoner
    // (listed first) is kept, and the other is copied as any word is.
    private static readonly string?[] Table = Build();

    /// <summary>The shared string equal to <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, or null.</summary>
    public static string? Find(string text, int start, int length)
    {
        if (length is < 2 or > 6)
        {
            return null;
        }

        var word = Table[Slot(text[start], text[start + 1], text[start + length - 1], length)];
        return word is not null && word.Length == length && text.AsSpan(start, length).SequenceEqual(word) ? word : null;
    }

    private static string?[] Build()
    {
        var table = new string?[1 << Bits];
        foreach (var word in Words)
        {
            ref var slot = ref table[Slot(word[0], word[1], word[^1], word.Length)];
            slot ??= word;
        }

        return table;
    }

    private static int Slot(char first, char second, char last, int length) =>
        (int)((((uint)first << 16 | second) * 0x9E3779B1u + ((uint)last << 8 | (uint)length) * 0x85EBCA6Bu) >> (32 - Bits));
}
