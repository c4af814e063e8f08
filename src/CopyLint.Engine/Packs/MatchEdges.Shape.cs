namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>
    /// What a piece of pattern can match: the characters at each of its first and last <see cref="Depth"/> positions
    /// (<see cref="Head"/>[i] holds what a match longer than i can have at i from the start, <see cref="Tail"/>[i] at i
    /// from the end), and the shortest and longest match.
    /// </summary>
    private sealed record Shape(CharSet[] Head, CharSet[] Tail, int Min, int Max)
    {
        public static readonly Shape Empty = new(new CharSet[Depth], new CharSet[Depth], 0, 0);

        public static Shape One(CharSet set)
        {
            var edge = new CharSet[Depth];
            edge[0] = set;
            return new(edge, edge, 1, 1);
        }

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

        public Shape Then(Shape next) =>
            new(Join(Head, Min, Max, next.Head), Join(next.Tail, next.Min, next.Max, Tail), Add(Min, next.Min), Add(Max, next.Max));

        /// <summary>
        /// The pieces one after another, as folding <see cref="Then"/> over them gives. Once the pieces read from one end
        /// are at least Depth long, no further piece reaches that end's edge, so each edge is read from its own end only:
        /// a long literal phrase costs Depth joins a side, not one per character (this ran at every start-up).
        /// </summary>
        public static Shape Sequence(List<Shape> pieces)
        {
            var (head, headMin, headMax) = (Empty.Head, 0, 0);
            for (var k = 0; k < pieces.Count && headMin < Depth; k++)
            {
                head = Join(head, headMin, headMax, pieces[k].Head);
                (headMin, headMax) = (Add(headMin, pieces[k].Min), Add(headMax, pieces[k].Max));
            }

            var (tail, tailMin, tailMax) = (Empty.Tail, 0, 0);
            for (var k = pieces.Count - 1; k >= 0 && tailMin < Depth; k--)
            {
                tail = Join(tail, tailMin, tailMax, pieces[k].Tail);
                (tailMin, tailMax) = (Add(tailMin, pieces[k].Min), Add(tailMax, pieces[k].Max));
            }

            var (min, max) = (0, 0);
            foreach (var piece in pieces)
            {
                (min, max) = (Add(min, piece.Min), Add(max, piece.Max));
            }

            return new(head, tail, min, max);
        }

        public Shape Or(Shape other)
        {
            var (head, tail) = (new CharSet[Depth], new CharSet[Depth]);
            for (var i = 0; i < Depth; i++)
            {
                (head[i], tail[i]) = (Head[i].Union(other.Head[i]), Tail[i].Union(other.Tail[i]));
            }

            return new(head, tail, Math.Min(Min, other.Min), Math.Max(Max, other.Max));
        }

        /// <summary>
        /// The piece repeated <paramref name="min"/> to <paramref name="max"/> times. A position below Depth lies within
        /// the first Depth + 1 repetitions, so more of them add no character there: the edges of Depth + 1 stand for all.
        /// </summary>
        public Shape Repeated(int min, int max)
        {
            var (from, to) = (Math.Min(min, Depth + 1), Math.Min(max, Depth + 1));
            if (Min == 1 && Max == 1 && from <= to)
            {
                return RepeatedCharacter(to) with { Min = min, Max = max };
            }

            var power = Empty;
            Shape? shape = null;
            for (var times = 0; times <= to; times++)
            {
                if (times >= from)
                {
                    shape = shape is null ? power : shape.Or(power);
                }

                power = power.Then(this);
            }

            // No count at all ({3,2}): not a pattern .NET accepts, so nothing to read.
            return shape is null ? throw new NotSupportedException() : shape with { Min = Multiply(min, Min), Max = Multiply(max, Max) };
        }

        /// <summary>
        /// A one-character piece (\s, [A-Z], a letter) repeated up to <paramref name="times"/> times, as the loop in
        /// <see cref="Repeated"/> builds it: its character at each of the first positions, read directly.
        /// </summary>
        private Shape RepeatedCharacter(int times)
        {
            var (head, tail) = (new CharSet[Depth], new CharSet[Depth]);
            for (var i = 0; i < Depth && i < times; i++)
            {
                (head[i], tail[i]) = (Head[0], Tail[0]);
            }

            return new(head, tail, 0, 0);
        }

        /// <summary>The edge of a sequence at the side of <paramref name="near"/>: its own characters, or the far part's after a match of near as long as it may be.</summary>
        private static CharSet[] Join(CharSet[] near, int nearMin, int nearMax, CharSet[] far)
        {
            var edge = near.AsSpan().ToArray(); // not Clone(): MemberwiseClone was most of the start-up cost of reading edges
            for (var i = 0; i < Depth; i++)
            {
                for (var skip = nearMin; skip <= i && skip <= nearMax; skip++)
                {
                    edge[i] = edge[i].Union(far[i - skip]);
                }
            }

            return edge;
        }

        private static int Add(int a, int b) => a == Unbounded || b == Unbounded ? Unbounded : (int)Math.Min((long)a + b, Unbounded);

        private static int Multiply(int times, int length) =>
            times == 0 || length == 0 ? 0 : times == Unbounded || length == Unbounded ? Unbounded : (int)Math.Min((long)times * length, Unbounded);
    }
}
