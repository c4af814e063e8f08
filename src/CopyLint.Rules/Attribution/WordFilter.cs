namespace CopyLint.Rules.Attribution;

/// <summary>
/// A case-insensitive set with a cheap pre-test: a bit table keyed by a word's first and last letters and length
/// rules out most words of running copy before the hash look-up, which costs far more for long words.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 14;
    private readonly bool[] _table = new bool[Bits];
    private readonly HashSet<string> _words;

    public WordFilter(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        foreach (var word in _words)
        {
            _table[Key(word)] = true;
        }
    }

    public bool Contains(string word) => word.Length > 0 && _table[Key(word)] && _words.Contains(word);

    private static int Key(string word) =>
        ((char.ToLowerInvariant(word[0]) * 31 + char.ToLowerInvariant(word[^1])) * 31 + word.Length) & (Bits - 1);
}
