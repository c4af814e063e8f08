namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// Several patterns' edges in one index by first and last character, so that a line is screened for all of them
    /// with one look-up instead of one call per pattern (eight line rules of the built-in pack asked for every line).
    /// </summary>
    public sealed class Group
    {
        private const int Edge = CharSet.Slots;

        /// <summary>
        /// By a line's first and last character (their <see cref="CharSet.Slot"/>), the row holding each member's
        /// top-level alternatives that may start and end with them, member by member. Indexed by both ends, as a line of
        /// prose opening with a capital and ending with a full stop reaches no alternative at all, where by the first
        /// alone it reached a dozen ("… via Getty Images", "This site uses cookies …", "Tags: …") only to be turned down
        /// by their last character. A row number, not the row: most cells share a row, and the table of 16,384
        /// references was a fifth of what building the packs allocated.
        /// </summary>
        private readonly ushort[] _rowOf = new ushort[Edge * Edge];

        /// <summary>Every member's alternatives, those of each first character together, each once.</summary>
        private readonly Entry[] _entries;

        /// <summary>
        /// The rows one after another, each the indexes in <see cref="_entries"/> of its alternatives; row r is
        /// <see cref="_rowStarts"/>[r] up to [r + 1], and row 0 is empty. Indexes, not the entries: an alternative is in
        /// a row for each set of last characters it shares with others of its first (~6,300 places for ~1,100
        /// alternatives of the built-in pack), and as 48-byte entries the rows were a quarter of what building the packs
        /// allocated and most of what it kept.
        /// </summary>
        private readonly ushort[] _rows;

        private readonly int[] _rowStarts;

        /// <summary>
        /// A bit for each cell with any alternative in it. Most lines find their cell empty: asking 2 KB of bits, not
        /// the table and the rows it points to, spares them a cache miss.
        /// </summary>
        private readonly ulong[] _occupied = new ulong[((Edge * Edge) + 63) / 64];

        public Group(IReadOnlyList<MatchEdges> members)
        {
            Count = members.Count;
            var total = 0;
            foreach (var member in members)
            {
                foreach (var row in member._byFirst)
                {
                    total += row.Length;
                }
            }

            // Counted, then filled: the entries are most of what the screen keeps.
            var (entries, count) = (new Entry[total], 0);
            var rows = new List<ushort>();
            List<int> rowStarts = [0, 0];
            var rowOfKey = new Dictionary<UInt128, ushort>();
            Span<UInt128> keys = stackalloc UInt128[Edge];
            for (var first = 0; first < Edge; first++)
            {
                var from = count;
                for (var m = 0; m < members.Count; m++)
                {
                    foreach (var branch in members[m]._byFirst[first])
                    {
                        entries[count++] = new Entry(m, branch, branch.HeadAt(1), branch.HeadAt(2));
                    }
                }

                // Most last characters of a row allow the same alternatives: one row for each set of them, found by
                // its bits (a first character with more than 128 alternatives, which no pack comes near, gets a row for
                // each cell). Each alternative marks the keys of the characters it may end with: not 128 characters
                // tested each.
                var inFirst = count - from;
                rowOfKey.Clear();
                keys.Clear();
                for (var i = 0; i < inFirst && i < 128; i++)
                {
                    entries[from + i].Branch.TailAt(0).Mark(keys, UInt128.One << i);
                }

                for (var last = 0; last < Edge; last++)
                {
                    var key = keys[last];
                    if (inFirst <= 128 ? key == UInt128.Zero : !AnyEnding(entries.AsSpan(from, inFirst), last))
                    {
                        continue;
                    }

                    if (inFirst > 128 || !rowOfKey.TryGetValue(key, out var row))
                    {
                        rowOfKey[key] = row = checked((ushort)(rowStarts.Count - 1));
                        AddRow(entries, from, count, last, rows);
                        rowStarts.Add(rows.Count);
                    }

                    var cell = (first * Edge) + last;
                    _rowOf[cell] = row;
                    _occupied[cell >> 6] |= 1UL << (cell & 63);
                }
            }

            (_entries, _rows, _rowStarts) = (entries, [.. rows], [.. rowStarts]);
        }

        /// <summary>Adds to <paramref name="rows"/> the indexes of the alternatives from <paramref name="from"/> up to <paramref name="to"/> that may end with the character of slot <paramref name="last"/>.</summary>
        private static void AddRow(Entry[] entries, int from, int to, int last, List<ushort> rows)
        {
            for (var i = from; i < to; i++)
            {
                if (entries[i].Branch.TailAt(0).Contains(CharSet.Representative(last)))
                {
                    rows.Add(checked((ushort)i));
                }
            }
        }

        private static bool AnyEnding(ReadOnlySpan<Entry> entries, int last)
        {
            foreach (var entry in entries)
            {
                if (entry.Branch.TailAt(0).Contains(CharSet.Representative(last)))
                {
                    return true;
                }
            }

            return false;
        }

        public int Count { get; }

        /// <summary>
        /// Sets <paramref name="members"/>[m] for each member m whose <see cref="MayBeWhole"/> holds for
        /// <paramref name="text"/>, leaving the others as they are; returns how many it set.
        /// </summary>
        public int MayBeWhole(ReadOnlySpan<char> text, Span<bool> members)
        {
            if (text.Length == 0)
            {
                return 0;
            }

            var cell = (CharSet.Slot(text[0]) * Edge) + CharSet.Slot(text[^1]);
            if ((_occupied[cell >> 6] & (1UL << (cell & 63))) == 0)
            {
                return 0;
            }

            var (found, previous) = (0, -1);
            var pretest = text.Length >= 3;
            var row = _rowOf[cell];
            foreach (var index in _rows.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]))
            {
                ref readonly var entry = ref _entries[index];
                // A member's branches are side by side: once one may be whole, the rest of that member's are skipped.
                if (entry.Member != previous && (!pretest || (entry.Second.Contains(text[1]) && entry.Third.Contains(text[2])))
                    && entry.Branch.MayBe(text))
                {
                    members[entry.Member] = true;
                    (found, previous) = (found + 1, entry.Member);
                }
            }

            return found;
        }

        /// <summary>
        /// A member's alternative in a cell, with what it allows as a line's second and third characters beside it
        /// (<see cref="Shape.Head"/>[1] and [2], which <see cref="Shape.MayBe"/> asks too): most lines that reach a cell
        /// ("The council…" for "This site uses cookies…") are turned away there, without loading the alternative's shape.
        /// </summary>
        private readonly record struct Entry(int Member, Shape Branch, CharSet Second, CharSet Third);
    }
}
