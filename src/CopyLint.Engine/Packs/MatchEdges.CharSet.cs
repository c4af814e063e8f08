using System.Runtime.CompilerServices;

namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// A set of characters: ASCII exactly (two 64-bit masks, cheap to test), and beyond ASCII two flags: the General
    /// Punctuation block (curly quotes, dashes, ellipses: no letter, so no case of an ASCII letter, and news
    /// paragraphs open and close with them) and any other.
    /// </summary>
    private readonly record struct CharSet(ulong Low, ulong High, bool Punctuation, bool Other)
    {
        /// <summary>The characters a set tells apart: the 128 of ASCII, then any other, then General Punctuation.</summary>
        public const int Slots = 130;

        public static readonly CharSet Any = new(ulong.MaxValue, ulong.MaxValue, true, true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every edge character of every line screened
        public bool Contains(char c) => c < 128 ? (((c < 64 ? Low : High) >> (c & 63)) & 1) != 0 : IsPunctuation(c) ? Punctuation : Other;

        public CharSet Union(CharSet other) => new(Low | other.Low, High | other.High, Punctuation || other.Punctuation, Other || other.Other);

        public static CharSet Of(char c) =>
            c < 64 ? new(1UL << c, 0, false, false) : c < 128 ? new(0, 1UL << (c - 64), false, false) : new(0, 0, IsPunctuation(c), !IsPunctuation(c));

        /// <summary>A range, read exactly in ASCII; one reaching beyond it may hold any other character.</summary>
        public static CharSet Range(char from, char to)
        {
            var set = new CharSet(0, 0, to >= 128, to >= 128);
            for (var c = from; c <= to && c < 128; c++)
            {
                set = set.Union(Of(c));
            }

            return set;
        }

        /// <summary>Where a set keeps <paramref name="c"/>: every character of a slot is in a set or none is.</summary>
        public static int Slot(char c) => c < 128 ? c : IsPunctuation(c) ? 129 : 128;

        /// <summary>A character of <paramref name="slot"/>.</summary>
        public static char Representative(int slot) => slot < 128 ? (char)slot : slot == 128 ? '\u00A0' : '\u2000';

        private static bool IsPunctuation(char c) => c is >= '\u2000' and <= '\u206F';
    }
}
