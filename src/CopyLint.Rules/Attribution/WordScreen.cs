using System.Runtime.CompilerServices;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// A necessary test for a word of running copy to be one of a few words or word shapes, read from its length and the
/// low five bits of its first and last characters as one bit of a 2 KB map; a word that passes is then looked up exactly.
/// Most words fail, and fail without a branch on their letters: the table tests it replaces took one mispredicted branch
/// a word or more (on the length, then on the bucket), which was most of the cost of screening every word.
/// </summary>
/// <remarks>
/// Exact for <see cref="StringComparison.OrdinalIgnoreCase"/>: an ASCII letter and its other case differ only in bit 5,
/// and no other character equals an ASCII one ignoring case; a listed word's non-ASCII first or last character stands
/// for any (all 32 values are set), since its case pairs need not share their low bits.
/// </remarks>
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
            Set(word.Length, word[0], word[^1]);
        }
    }

    /// <summary>Also lets through every word of at least <paramref name="minLength"/> characters that starts with one of <paramref name="firsts"/> and ends with one of <paramref name="lasts"/>.</summary>
    public void AddShapes(int minLength, IEnumerable<char> firsts, IEnumerable<char> lasts)
    {
        int[] lows = [.. lasts.SelectMany(LowBits).Distinct()];
        foreach (var first in firsts.SelectMany(LowBits).Distinct())
        {
            for (var length = Math.Min(Math.Max(1, minLength), LongLength); length <= LongLength; length++)
            {
                foreach (var last in lows)
                {
                    Set(KeyOf(length, first, last));
                }
            }
        }
    }

    /// <summary>False for a word that is none of the screen's words or shapes, ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(string word) => word.Length > 0 && Holds(_bits, word);

    /// <summary>
    /// The first of <paramref name="tokens"/> from <paramref name="from"/> on that is of kind <paramref name="stop"/> or
    /// whose text passes the screen (whatever its kind), or the token count: the loop that reads every token, with no call.
    /// </summary>
    public int Next(ReadOnlySpan<Token> tokens, int from, TokenKind stop)
    {
        var bits = _bits;
        for (; from < tokens.Length; from++)
        {
            var token = tokens[from];
            if (token.Kind == stop || (token.Text.Length > 0 && Holds(bits, token.Text)))
            {
                break;
            }
        }

        return from;
    }

    /// <summary>Whether the text of any of <paramref name="tokens"/> is one of <paramref name="words"/>, all of which this screen lets through: only the few tokens that pass it are looked up.</summary>
    public bool AnyIn(ReadOnlySpan<Token> tokens, WordSet words)
    {
        var bits = _bits;
        foreach (var token in tokens)
        {
            if (token.Text.Length > 0 && Holds(bits, token.Text) && words.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Holds(ulong[] bits, string word)
    {
        var key = KeyOf(word.Length, word[0] & 31, word[^1] & 31);
        return (bits[key >> 6] & (1UL << key)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KeyOf(int length, int first, int last) => (Math.Min(length, LongLength) << 10) | (first << 5) | last;

    private void Set(int length, char first, char last)
    {
        foreach (var f in LowBits(first))
        {
            foreach (var l in LowBits(last))
            {
                Set(KeyOf(length, f, l));
            }
        }
    }

    private void Set(int key) => _bits[key >> 6] |= 1UL << key;

    /// <summary>The low five bits every character equal to <paramref name="c"/> ignoring case may have.</summary>
    private static IEnumerable<int> LowBits(char c) => char.IsAscii(c) ? [c & 31] : Enumerable.Range(0, 32);
}
