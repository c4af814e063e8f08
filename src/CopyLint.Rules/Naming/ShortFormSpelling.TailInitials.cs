using System.Runtime.CompilerServices;

namespace CopyLint.Rules.Naming;

internal static partial class ShortFormSpelling
{
    /// <summary>
    /// A document's forms by the first key letter of their last one, two and three words, for CL2001's short forms: a
    /// short form is compared only with the forms whose tail may start as its own does, not with every form of the
    /// document (most start with another letter). '\0', a letter not known (beyond ASCII), may start as any.
    /// </summary>
    private sealed class TailInitials
    {
        /// <summary>Unknown ('\0'), ten digits, 26 letters, and no tail (a name shorter than the length).</summary>
        private const int Buckets = 38;

        /// <summary>Per tail length, where each bucket's forms start in <see cref="_order"/>'s part for it, and where the last ends.</summary>
        private readonly int[] _starts = new int[MaxShortWords * (Buckets + 1)];

        /// <summary>Per tail length, the forms bucket by bucket, in order within one (a counting sort).</summary>
        private readonly int[] _order;
        private readonly int _forms;

        /// <param name="tails">The keys <see cref="TailKeys"/> reads.</param>
        public TailInitials(ReadOnlySpan<TailKey> tails)
        {
            _forms = tails.Length / MaxShortWords;
            _order = new int[tails.Length];
            for (var length = 1; length <= MaxShortWords; length++)
            {
                var starts = _starts.AsSpan((length - 1) * (Buckets + 1), Buckets + 1);
                for (var f = 0; f < _forms; f++)
                {
                    starts[BucketOf(tails[(f * MaxShortWords) + length - 1].Initial) + 1]++;
                }

                for (var b = 1; b <= Buckets; b++)
                {
                    starts[b] += starts[b - 1];
                }

                // Each bucket's next free place, counted up from its start: the starts are read back from the ends below.
                var order = _order.AsSpan((length - 1) * _forms, _forms);
                for (var f = 0; f < _forms; f++)
                {
                    order[starts[BucketOf(tails[(f * MaxShortWords) + length - 1].Initial)]++] = f;
                }

                // Now each start is its bucket's end, the next bucket's start: shift them back by one.
                for (var b = Buckets; b > 0; b--)
                {
                    starts[b] = starts[b - 1];
                }

                starts[0] = 0;
            }
        }

        /// <summary>
        /// In order, the forms whose last <paramref name="length"/> words may start as <paramref name="initial"/> does:
        /// those of that initial and those of an unknown one; every form for an unknown initial or a length not indexed.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Candidates MayStartAs(int length, char initial)
        {
            if (initial == '\0' || length > MaxShortWords)
            {
                return new Candidates(default, default, _forms);
            }

            ReadOnlySpan<int> starts = _starts.AsSpan((length - 1) * (Buckets + 1), Buckets + 1);
            ReadOnlySpan<int> order = _order.AsSpan((length - 1) * _forms, _forms);
            var bucket = BucketOf(initial);
            return new Candidates(order[starts[0]..starts[1]], order[starts[bucket]..starts[bucket + 1]], 0);
        }

        /// <summary>A <see cref="FirstKeyLetter"/>'s bucket: 0 unknown, then digits, lower-case letters, and the rest (no tail).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int BucketOf(char initial) => initial switch
        {
            '\0' => 0,
            >= '0' and <= '9' => 1 + (initial - '0'),
            >= 'a' and <= 'z' => 11 + (initial - 'a'),
            _ => Buckets - 1,
        };

        /// <summary>Two ranges of forms, each in order, merged in order; or every form 0 … all - 1.</summary>
        internal ref struct Candidates(ReadOnlySpan<int> first, ReadOnlySpan<int> second, int all)
        {
            private readonly ReadOnlySpan<int> _first = first;
            private readonly ReadOnlySpan<int> _second = second;
            private readonly int _all = all;
            private int _i;
            private int _j;

            public int Current { get; private set; } = -1;

            public readonly Candidates GetEnumerator() => this;

            public bool MoveNext()
            {
                if (_all > 0)
                {
                    return ++Current < _all;
                }

                if (_i < _first.Length && (_j == _second.Length || _first[_i] < _second[_j]))
                {
                    Current = _first[_i++];
                    return true;
                }

                if (_j < _second.Length)
                {
                    Current = _second[_j++];
                    return true;
                }

                return false;
            }
        }
    }
}
