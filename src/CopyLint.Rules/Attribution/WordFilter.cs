namespace CopyLint.Rules.Attribution;

/// <summary>
/// A case-insensitive word table with a cheap pre-test: a bit table keyed by a word's first and last letters and
/// length rules out most words of running copy before the hash look-up, which costs far more.
/// </summary>
internal sealed class WordFilter<TValue>
{
    private const int Bits = 1 << 14;
    private readonly bool[] _table = new bool[Bits];
    private readonly Dictionary<string, TValue> _words;

    public WordFilter(IEnumerable<KeyValuePair<string, TValue>> words, Func<TValue, TValue, TValue> merge)
    {
        _words = new Dictionary<string, TValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in words)
        {
            _words[word] = _words.TryGetValue(word, out var existing) ? merge(existing, value) : value;
            _table[Key(word)] = true;
        }
    }

    public bool TryGetValue(string word, out TValue value)
    {
        if (word.Length > 0 && _table[Key(word)])
        {
            return _words.TryGetValue(word, out value!);
        }

        value = default!;
        return false;
    }

    private static int Key(string word) =>
        ((char.ToLowerInvariant(word[0]) * 31 + char.ToLowerInvariant(word[^1])) * 31 + word.Length) & (Bits - 1);
}
