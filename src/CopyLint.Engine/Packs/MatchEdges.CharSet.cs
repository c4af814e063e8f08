using System.Numerics;
using System.Runtime.CompilerServices;

namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// A set of characters in 128 bits, one a <see cref="Slot"/>: ASCII exactly, but for NUL and SOH (never in copy),
    /// whose bits stand for two classes beyond ASCII: any other character (slot 0, with NUL), and the General
    /// Punctuation block (slot 1, with SOH: curly quotes, dashes, ellipses: no letter, so no case of an ASCII letter,
    /// and news paragraphs open and close with them). A set that may hold NUL or SOH thus may hold their class, which
    /// only lets more lines through. 16 bytes, not 24 with two flags beside the masks: the packs' edges are thousands.
    /// </summary>
    private readonly record struct CharSet(ulong Low, ulong High)
    {
        /// <summary>The characters a set tells apart: ASCII from STX, any other, General Punctuation.</summary>
        public const int Slots = 128;

        private const int OtherSlot = 0;
        private const int PunctuationSlot = 1;

        public static readonly CharSet Any = new(ulong.MaxValue, ulong.MaxValue);

        /// <summary>Any character beyond ASCII that is not General Punctuation.</summary>
        public static readonly CharSet Other = new(1UL << OtherSlot, 0);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every edge character of every line screened
        public bool Contains(char c)
        {
            var slot = Slot(c);
            return (((slot < 64 ? Low : High) >> (slot & 63)) & 1) != 0;
        }

        /// <summary>Sets <paramref name="bit"/> in <paramref name="bySlot"/>[s] for each slot s the set holds.</summary>
        public void Mark(Span<UInt128> bySlot, UInt128 bit)
        {
            for (var bits = Low; bits != 0; bits &= bits - 1)
            {
                bySlot[BitOperations.TrailingZeroCount(bits)] |= bit;
            }

            for (var bits = High; bits != 0; bits &= bits - 1)
            {
                bySlot[64 + BitOperations.TrailingZeroCount(bits)] |= bit;
            }
        }

        public CharSet Union(CharSet other) => new(Low | other.Low, High | other.High);

        public static CharSet Of(char c)
        {
            var slot = Slot(c);
            return slot < 64 ? new(1UL << slot, 0) : new(0, 1UL << (slot - 64));
        }

        /// <summary>A range, read exactly in ASCII; one reaching beyond it may hold any other character.</summary>
        public static CharSet Range(char from, char to)
        {
            var set = to >= 128 ? new CharSet((1UL << OtherSlot) | (1UL << PunctuationSlot), 0) : default;
            for (var c = from; c <= to && c < 128; c++)
            {
                set = set.Union(Of(c));
            }

            return set;
        }

        /// <summary>Where a set keeps <paramref name="c"/>: every character of a slot is in a set or none is.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Slot(char c) => c < 128 ? c : IsPunctuation(c) ? PunctuationSlot : OtherSlot;

        /// <summary>A character of <paramref name="slot"/>.</summary>
        public static char Representative(int slot) => (char)slot;

        private static bool IsPunctuation(char c) => c is >= '\u2000' and <= '\u206F';
    }
}
