using System.Runtime.CompilerServices;

namespace CopyLint.Text;

/// <summary>
/// The words of a document that start with a lower-case ASCII letter, as one bit each in 4,096 (chosen by the word's
/// length and first and last characters): a clear bit says the document does not write a word, so the question "is
/// this capitalised word also written in lower case?", which most articles answer no, costs a bit test instead of a
/// search of the text. A set bit says only "maybe" (another word may share it). The scanner sets the bits as it reads,
/// without a branch, for every token that starts with such a letter (a URL's or an address's bit is a harmless maybe).
/// </summary>
internal static class LowercaseWordFilter
{
    /// <summary>64 words of 64 bits.</summary>
    public const int Length = 64;

    /// <summary>The bit of a word: its first and last characters and its length, hashed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bit(char first, char last, int length) =>
        (int)(((uint)first << 16 | last) * 0x9E3779B1u + (uint)length * 0x85EBCA6Bu >> 20);

    /// <summary>1 for a token the filter holds (it starts with a lower-case ASCII letter), else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Holds(char first) => (uint)(first - 'a') <= 'z' - 'a' ? 1UL : 0UL;

    /// <summary>False when the document certainly does not write <paramref name="word"/> as a word.</summary>
    /// <remarks>A word that starts otherwise than with a lower-case ASCII letter is not held: always a maybe.</remarks>
    public static bool MayHold(ReadOnlySpan<ulong> filter, ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || Holds(word[0]) == 0)
        {
            return true;
        }

        var bit = Bit(word[0], word[^1], word.Length);
        return (filter[bit >> 6] & 1UL << bit) != 0;
    }
}
