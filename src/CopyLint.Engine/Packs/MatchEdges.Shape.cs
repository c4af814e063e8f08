namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// What a piece of pattern can match: the characters at each of its first and last <see cref="Depth"/> positions
    /// (<see cref="Head"/>[i] holds what a match longer than i can have at i from the start, <see cref="Tail"/>[i] at i
    /// from the end), and the shortest and longest match. An edge stops at the longest match: no match has a character
    /// beyond it (a letter's edges are one long, a short word's its length), so most edges are shorter than Depth.
    /// </summary>
    private sealed record Shape(CharSet[] Head, CharSet[] Tail, int Min, int Max)
    {
        public static readonly Shape Empty = new([], [], 0, 0);

        public static Shape One(CharSet set)
        {
            CharSet[] edge = [set];
            return new(edge, edge, 1, 1);
        }

        /// <summary>What a match may have at <paramref name="i"/> from its start: nothing beyond the edge.</summary>
        public CharSet HeadAt(int i) => i < Head.Length ? Head[i] : default;

        /// <summary>What a match may have at <paramref name="i"/> from its end: nothing beyond the edge.</summary>
        public CharSet TailAt(int i) => i < Tail.Length ? Tail[i] : default;

        /// <summary>An empty edge for a piece whose longest match is <paramref name="max"/>.</summary>
        private static CharSet[] Edge(int max) => max == 0 ? [] : new CharSet[Math.Min(max, Depth)];

        public bool MayBe(ReadOnlySpan<char> text)
        {
            if (text.Length < Min || text.Length > Max)
            {
                return false;
            }

            for (var i = 0; i < Depth && i < text.Length; i++)
            {
                if (!Head[i].Contains(text[i]) || !Tail[i].Contains(text[^(i + 1)]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The pieces one after another. Once the pieces read from one end
        /// are at least Depth long, no further piece reaches that end's edge, so each edge is read from its own end only:
        /// a long literal phrase costs Depth joins a side, not one per character (this ran at every start-up). Each edge
        /// is joined into one new array, not a copy per piece: reading the built-in packs' edges allocated ~2 MB.
        /// </summary>
        public static Shape Sequence(List<Shape> pieces)
        {
            if (pieces.Count == 1)
            {
                return pieces[0];
            }

            Span<CharSet> head = stackalloc CharSet[Depth];
            Span<CharSet> tail = stackalloc CharSet[Depth];
            var (min, max) = Join(pieces, head, tail);
            return new(Exact(head, max), Exact(tail, max), min, max);
        }

        /// <summary>
        /// Writes the edges of the pieces one after another into <paramref name="head"/> and <paramref name="tail"/>
        /// (Depth long; nothing lands beyond the longest match) and gives their shortest and longest match: a branch
        /// of a group is united into the group's edges from these, without a shape of its own.
        /// </summary>
        public static (int Min, int Max) Join(List<Shape> pieces, Span<CharSet> head, Span<CharSet> tail)
        {
            head.Clear();
            tail.Clear();
            var (min, max) = (0, 0);
            foreach (var piece in pieces)
            {
                (min, max) = (Add(min, piece.Min), Add(max, piece.Max));
            }

            var (headMin, headMax) = (0, 0);
            for (var k = 0; k < pieces.Count && headMin < Depth; k++)
            {
                JoinInto(head, headMin, headMax, pieces[k].Head);
                (headMin, headMax) = (Add(headMin, pieces[k].Min), Add(headMax, pieces[k].Max));
            }

            var (tailMin, tailMax) = (0, 0);
            for (var k = pieces.Count - 1; k >= 0 && tailMin < Depth; k--)
            {
                JoinInto(tail, tailMin, tailMax, pieces[k].Tail);
                (tailMin, tailMax) = (Add(tailMin, pieces[k].Min), Add(tailMax, pieces[k].Max));
            }

            return (min, max);
        }

        /// <summary>An edge as long as a piece whose longest match is <paramref name="max"/> has, copied from a Depth-long one.</summary>
        public static CharSet[] Exact(ReadOnlySpan<CharSet> edge, int max) => max == 0 ? [] : edge[..Math.Min(max, Depth)].ToArray();

        /// <summary>
        /// The piece repeated <paramref name="min"/> to <paramref name="max"/> times. A position below Depth lies within
        /// the first Depth + 1 repetitions, so more of them add no character there: the edges of Depth + 1 stand for all.
        /// The powers (the piece 0, 1, 2… times) are built each from the last in one pair of arrays and united into
        /// another, not as two new shapes a repetition.
        /// </summary>
        public Shape Repeated(int min, int max)
        {
            var (from, to) = (Math.Min(min, Depth + 1), Math.Min(max, Depth + 1));
            if (from > to)
            {
                throw new NotSupportedException(); // no count at all ({3,2}): not a pattern .NET accepts, so nothing to read
            }

            if (min == 0 && max == 1)
            {
                return this with { Min = 0 }; // optional: a match is the piece's or empty, so the edges are the piece's (never changed, so shared)
            }

            if (Min == 1 && Max == 1)
            {
                return RepeatedCharacter(to) with { Min = min, Max = max };
            }

            Span<CharSet> powerHead = stackalloc CharSet[Depth];
            Span<CharSet> powerTail = stackalloc CharSet[Depth];
            var (powerMin, powerMax) = (0, 0);
            var (head, tail) = (Edge(Multiply(max, Max)), Edge(Multiply(max, Max)));
            for (var times = 0; times <= to; times++)
            {
                if (times >= from)
                {
                    for (var i = 0; i < head.Length; i++)
                    {
                        (head[i], tail[i]) = (head[i].Union(powerHead[i]), tail[i].Union(powerTail[i]));
                    }
                }

                JoinInto(powerHead, powerMin, powerMax, Head);
                PrependInto(powerTail, Tail, Min, Max);
                (powerMin, powerMax) = (Add(powerMin, Min), Add(powerMax, Max));
            }

            return new(head, tail, Multiply(min, Min), Multiply(max, Max));
        }

        /// <summary>
        /// A one-character piece (\s, [A-Z], a letter) repeated up to <paramref name="times"/> times, as the loop in
        /// <see cref="Repeated"/> builds it: its character at each of the first positions, read directly.
        /// </summary>
        private Shape RepeatedCharacter(int times)
        {
            var (head, tail) = (Edge(times), Edge(times));
            for (var i = 0; i < head.Length; i++)
            {
                (head[i], tail[i]) = (Head[0], Tail[0]);
            }

            return new(head, tail, 0, 0);
        }

        /// <summary>
        /// The edge of a sequence at the side of the near part, whose edge <paramref name="edge"/> holds (and is not
        /// <paramref name="far"/>), written over it: its own characters, or the far part's after a match of the near part
        /// as long as it may be.
        /// </summary>
        private static void JoinInto(Span<CharSet> edge, int nearMin, int nearMax, ReadOnlySpan<CharSet> far)
        {
            for (var i = 0; i < edge.Length; i++)
            {
                for (var skip = nearMin; skip <= i && skip <= nearMax; skip++)
                {
                    edge[i] = i - skip < far.Length ? edge[i].Union(far[i - skip]) : edge[i];
                }
            }
        }

        /// <summary>
        /// The tail edge of <paramref name="near"/> followed by the part whose tail edge <paramref name="edge"/> holds,
        /// written over it. From the last position down, so
        /// each position reads the part's edge at itself and before it while they still hold the part's own characters.
        /// </summary>
        private static void PrependInto(Span<CharSet> edge, ReadOnlySpan<CharSet> near, int nearMin, int nearMax)
        {
            for (var i = Depth - 1; i >= 0; i--)
            {
                var joined = i < near.Length ? near[i] : default;
                for (var skip = nearMin; skip <= i && skip <= nearMax; skip++)
                {
                    joined = joined.Union(edge[i - skip]);
                }

                edge[i] = joined;
            }
        }

        private static int Add(int a, int b) => a == Unbounded || b == Unbounded ? Unbounded : (int)Math.Min((long)a + b, Unbounded);

        private static int Multiply(int times, int length) =>
            times == 0 || length == 0 ? 0 : times == Unbounded || length == Unbounded ? Unbounded : (int)Math.Min((long)times * length, Unbounded);
    }
}
