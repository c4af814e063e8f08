using System.Numerics;
using System.Runtime.CompilerServices;

namespace CopyLint.Rules.Shared;

/// <summary>
/// A case-insensitive table of words (<see cref="StringComparison.OrdinalIgnoreCase"/>) built for look-ups from running
/// copy, where most words are not in it: a word's bucket comes from its length and its first and last characters, so a
/// miss costs a multiplication and one bit of a small map of the buckets in use (which stays in cache), and a hit one
/// comparison, never a hash of the whole word.
/// Words equal ignoring case share a bucket (<see cref="LetterSet.Fold"/>).
/// </summary>
/// <remarks>
/// Only the buckets in use have a start: a bucket's place among them is the count of used buckets before it, from
/// <see cref="_ranks"/> and the bits of its own word of <see cref="_used"/>. A start for every bucket would cost
/// 64 bytes a word, which every run would allocate (and fault in) for its ~4,000 listed words.
/// </remarks>
internal sealed class WordTable<TValue>
{
    private readonly int _shift;

    /// <summary>A bit per bucket: set when the bucket holds a word.</summary>
    private readonly ulong[] _used;

    /// <summary>Per word of <see cref="_used"/>, the buckets in use before it.</summary>
    private readonly int[] _ranks;

    /// <summary>Per bucket in use, in bucket order, where its words start in <see cref="_words"/>; then the word count.</summary>
    private readonly int[] _starts;

    private readonly string[] _words;
    private readonly TValue[] _values;

    /// <param name="words">The words and their values; a word given twice (ignoring case) keeps the merge of its values.</param>
    public WordTable(IEnumerable<KeyValuePair<string, TValue>> words, Func<TValue, TValue, TValue> merge)
        : this(words as KeyValuePair<string, TValue>[] ?? [.. words], merge)
    {
    }

    /// <summary>The words, each with the default value: a set.</summary>
    public WordTable(IReadOnlyList<string> words)
        : this(words.Count, k => words[k], static _ => default!, static (a, _) => a)
    {
    }

    private WordTable(KeyValuePair<string, TValue>[] words, Func<TValue, TValue, TValue> merge)
        : this(words.Length, k => words[k].Key, k => words[k].Value, merge)
    {
    }

    /// <summary>
    /// The table of <paramref name="wordCount"/> words, read by index: a set's words are read from their list as they
    /// are, not copied into pairs first (most tables are sets of a list's words).
    /// </summary>
    private WordTable(int wordCount, Func<int, string> wordAt, Func<int, TValue> valueAt, Func<TValue, TValue, TValue> merge)
    {
        // About eight buckets a word: most words of copy land in an empty one.
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, wordCount) * 8) + 1);
        _shift = 32 - bits;
        _used = new ulong[Math.Max(1, (1 << bits) / 64)];
        _ranks = new int[_used.Length];

        // Each word's bucket above its index: sorted, the words of a bucket are together and in the order given.
        var order = new long[wordCount];
        for (var k = 0; k < wordCount; k++)
        {
            order[k] = (long)Bucket(wordAt(k)) << 32 | (uint)k;
        }

        Array.Sort(order);
        var groups = 0;
        for (var k = 0; k < order.Length; k++)
        {
            groups += k == 0 || order[k] >> 32 != order[k - 1] >> 32 ? 1 : 0;
        }

        _starts = new int[groups + 1];
        var kept = new string[wordCount];
        var values = new TValue[wordCount];
        var count = 0;
        var group = -1;
        for (var k = 0; k < order.Length; k++)
        {
            var bucket = (int)(order[k] >> 32);
            var (word, value) = (wordAt((int)order[k]), valueAt((int)order[k]));
            if (k == 0 || bucket != (int)(order[k - 1] >> 32))
            {
                _starts[++group] = count;
                _used[bucket >> 6] |= 1UL << bucket;
            }

            var same = IndexIn(kept, _starts[group], count, word);
            if (same >= 0)
            {
                values[same] = merge(values[same], value);
                continue;
            }

            kept[count] = word;
            values[count++] = value;
        }

        _starts[groups] = count;
        for (var w = 1; w < _used.Length; w++)
        {
            _ranks[w] = _ranks[w - 1] + BitOperations.PopCount(_used[w - 1]);
        }

        _words = count == kept.Length ? kept : kept[..count];
        _values = count == values.Length ? values : values[..count];
    }

    /// <summary>The value of a word the caller knows the table holds.</summary>
    public TValue this[string word] => TryGetValue(word, out var value) ? value : throw new KeyNotFoundException(word);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        var bucket = Bucket(word);
        var used = _used[bucket >> 6];
        var bit = 1UL << bucket;
        if ((used & bit) == 0)
        {
            value = default!;
            return false;
        }

        var group = _ranks[bucket >> 6] + BitOperations.PopCount(used & (bit - 1));
        for (var k = _starts[group]; k < _starts[group + 1]; k++)
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

    private static int IndexIn(string[] words, int from, int to, string word)
    {
        for (var k = from; k < to; k++)
        {
            if (word.Equals(words[k], StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(ReadOnlySpan<char> word) =>
        word.Length == 0 ? 0 : (int)((uint)LetterSet.Shape(word) * 0x9E3779B1u >> _shift);
}
