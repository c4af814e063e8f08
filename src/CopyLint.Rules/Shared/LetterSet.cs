using System.Runtime.CompilerServices;

namespace CopyLint.Rules.Shared;

/// <summary>
/// A set of letters ignoring case, for a cheap necessary test on a word's first or last letter. Exact for
/// <see cref="StringComparison.OrdinalIgnoreCase"/>: ASCII letters fold to one case, and no other character equals an
/// ASCII one ignoring case, so every non-ASCII character can share one value (a set holding one holds them all).
/// </summary>
internal sealed class LetterSet
{
    private readonly bool[] _folded = new bool[0x81];

    public LetterSet(IEnumerable<char> letters)
    {
        foreach (var letter in letters)
        {
            _folded[Fold(letter)] = true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => _folded[Fold(c)];

    /// <summary>One value for every character equal to <paramref name="c"/> ignoring case (and possibly a few others).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Fold(char c) => c < 0x80 ? c | 0x20 : 0x80;

    /// <summary>
    /// A word's shape: its first and last characters folded and its length (modulo 256). Words equal ignoring case have
    /// the same shape, so a shape that differs rules a match out without reading the words. <paramref name="word"/> is not empty.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Shape(ReadOnlySpan<char> word) => Fold(word[0]) << 16 | Fold(word[^1]) << 8 | word.Length & 0xFF;
}
