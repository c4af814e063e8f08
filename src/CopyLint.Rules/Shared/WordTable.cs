using System.Numerics;
using System.Runtime.CompilerServices;

namespace CopyLint.Rules.Shared;

/// <summary>
/// A case-insensitive table of words (<see cref="StringComparison.OrdinalIgnoreCase"/>) built for look-ups from running
/// copy, where most words are not in it: a word's bucket comes from its length and its first and last characters, so a
/// miss costs a multiplication and one bit of a small map of the buckets in use (which stays in cache, unlike the
/// buckets), and a hit one comparison, never a hash of the whole word.
/// Words equal ignoring case share a bucket (<see cref="LetterSet.Fold"/>).
/// </summary>
internal sealed class WordTable<TValue>
{
    private readonly int _shift;
    private readonly ulong[] _used;
    private readonly int[] _starts;
    private readonly string[] _words;
    private readonly TValue[] _values;

    /// <param name="words">The words and their values; a word given twice (ignoring case) keeps the merge of its values.</param>
    public WordTable(IEnumerable<KeyValuePair<string, TValue>> words, Func<TValue, TValue, TValue> merge)
    {
        var merged = new Dictionary<string, TValue>(words.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, value) in words)
        {
            merged[word] = merged.TryGetValue(word, out var existing) ? merge(existing, value) : value;
        }

        // About eight buckets a word: most words of copy land in an empty one.
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, merged.Count) * 8) + 1);
        _shift = 32 - bits;
        _starts = new int[(1 << bits) + 1];
        _used = new ulong[Math.Max(1, (1 << bits) / 64)];
        foreach (var word in merged.Keys)
        {
            _starts[Bucket(word) + 1]++;
            _used[Bucket(word) >> 6] |= 1UL << Bucket(word);
        }

        for (var b = 1; b < _starts.Length; b++)
        {
            _starts[b] += _starts[b - 1];
        }

        _words = new string[merged.Count];
        _values = new TValue[merged.Count];
        var next = _starts[..^1];
        foreach (var (word, value) in merged)
        {
            var at = next[Bucket(word)]++;
            _words[at] = word;
            _values[at] = value;
        }
    }

    /// <summary>The value of a word the caller knows the table holds.</summary>
    public TValue this[string word] => TryGetValue(word, out var value) ? value : throw new KeyNotFoundException(word);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var bucket = Bucket(word);
        if ((_used[bucket >> 6] & (1UL << bucket)) == 0)
        {
            value = default!;
            return false;
        }

        for (var k = _starts[bucket]; k < _starts[bucket + 1]; k++)
        {
            if (word.Equals(_words[k], StringComparison.OrdinalIgnoreCase))
            {
                value = _values[k];
                return true;
            }
        }

        value = default!;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (int)((uint)LetterSet.Shape(word) * 0x9E3779B1u >> _shift);
}
