using System.Runtime.CompilerServices;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// A necessary test for a word of running copy to be one of a few words or word shapes, read from its length and its
/// first and last letters (ignoring case) as one bit of a 2 KB map. A word that passes is then looked up exactly.
/// Most words fail, and fail without a branch on their letters: the table tests it replaces took one mispredicted branch
/// a word or more (on the length, then on the bucket), which was most of the cost of screening every word.
/// </summary>
internal sealed class WordScreen
{
    /// <summary>Every word this long or longer shares the bits of this length.</summary>
    private const int LongLength = 15;

    private readonly ulong[] _bits = new ulong[(LongLength + 1) * 32 * 32 / 64];

    /// <summary>Lets through <paramref name="words"/> (and every word of the same length and first and last letters).</summary>
    public WordScreen(IEnumerable<string> words)
    {
        foreach (var word in words.Where(w => w.Length > 0))
        {
            Set(Key(word.Length, word[0], word[^1]));
        }
    }

    /// <summary>Also lets through every word of at least <paramref name="minLength"/> characters that starts with one of <paramref name="firsts"/> and ends with one of <paramref name="lasts"/>.</summary>
    public void AddShapes(int minLength, IEnumerable<char> firsts, IEnumerable<char> lasts)
    {
        for (var length = Math.Min(Math.Max(1, minLength), LongLength); length <= LongLength; length++)
        {
            foreach (var first in firsts)
            {
                foreach (var last in lasts)
                {
                    Set(Key(length, first, last));
                }
            }
        }
    }

    /// <summary>False for a word that is none of the screen's words or shapes, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        var key = Key(word.Length, word[0], word[^1]);
        return (_bits[key >> 6] & (1UL << key)) != 0;
    }

    private void Set(int key) => _bits[key >> 6] |= 1UL << key;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(int length, char first, char last) => (Math.Min(length, LongLength) << 10) | (Letter(first) << 5) | Letter(last);

    /// <summary>The low five bits of the folded letter: the same for characters equal ignoring case (every non-ASCII character is 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Letter(char c) => LetterSet.Fold(c) & 31;
}
