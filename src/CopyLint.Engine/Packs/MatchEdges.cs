using System.Runtime.CompilerServices;

namespace CopyLint.Engine.Packs;

/// <summary>
/// The characters a match of a regular expression can start and end with, up to <see cref="Depth"/> of them on each
/// side, and how long it can be, read from the pattern without running it: a line-scope rule's match is the whole
/// trimmed line, so a line that does not open and close as some alternative can cannot match, and most lines of copy
/// are rejected before the regex engine runs (one engine call per line per rule was most of a pack rule's cost; a
/// single character each side still let a line such as "The …" through to "This site uses cookies…"). The reading
/// over-approximates and never under-approximates: assertions (anchors, \b, lookarounds) count as matching nothing, a
/// class it cannot enumerate as any character, and a construct it does not know makes <see cref="Read"/> give up
/// (null), so that no line is ever rejected that the pattern could match.
/// </summary>
public sealed class MatchEdges
{
    /// <summary>How many characters at each end are read: enough for "Image"/"Photo" or "cookies"-like openings.</summary>
    private const int Depth = 8;

    private const int Unbounded = int.MaxValue;

    /// <summary>The top-level alternatives that a match may start with each <see cref="CharSet.Slot"/>.</summary>
    private readonly Shape[][] _byFirst = new Shape[CharSet.Slots][];
    private readonly CharSet _last;

    private MatchEdges(Shape[] branches)
    {
        var byFirst = new List<Shape>?[_byFirst.Length];
        foreach (var branch in branches)
        {
            for (var slot = 0; slot < byFirst.Length; slot++)
            {
                if (branch.Head[0].Contains(CharSet.Representative(slot)))
                {
                    (byFirst[slot] ??= []).Add(branch);
                }
            }
        }

        for (var c = 0; c < _byFirst.Length; c++)
        {
            _byFirst[c] = byFirst[c]?.ToArray() ?? [];
        }

        foreach (var branch in branches)
        {
            _last = _last.Union(branch.Tail[0]);
        }
    }

    /// <summary>The edges of <paramref name="pattern"/>'s non-empty matches; null when the pattern uses a construct this reading does not know.</summary>
    public static MatchEdges? Read(string pattern, bool ignoreCase)
    {
        try
        {
            var reader = new Reader(pattern, ignoreCase);
            var branches = reader.Branches();
            return reader.AtEnd ? new MatchEdges([.. branches]) : null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// False only when no non-empty match can be exactly <paramref name="text"/>. Each top-level alternative is read on
    /// its own, so "Image source, …" (any last character) does not let "The council met." through for "… via Getty Images".
    /// </summary>
    public bool MayBeWhole(ReadOnlySpan<char> text)
    {
        // The last character, then the alternatives the first one allows: most lines of prose are rejected here.
        if (text.Length == 0 || !_last.Contains(text[^1]))
        {
            return false;
        }

        foreach (var branch in _byFirst[CharSet.Slot(text[0])])
        {
            if (branch.MayBe(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Several patterns' edges in one index by first and last character, so that a line is screened for all of them
    /// with one look-up instead of one call per pattern (eight line rules of the built-in pack asked for every line).
    /// </summary>
    public sealed class Group
    {
        private const int Edge = CharSet.Slots;

        /// <summary>
        /// By a line's first and last character (their <see cref="CharSet.Slot"/>), each member's top-level alternatives that may
        /// start and end with them, member by member. Indexed by both ends, as a line of prose opening with a capital
        /// and ending with a full stop reaches no alternative at all, where by the first alone it reached a dozen
        /// ("… via Getty Images", "This site uses cookies …", "Tags: …") only to be turned down by their last character.
        /// </summary>
        private readonly Entry[][] _byEdges = new Entry[Edge * Edge][];

        /// <summary>
        /// A bit for each cell of <see cref="_byEdges"/> with any alternative in it. Most lines find their cell empty:
        /// asking 2 KB of bits, not the 130 KB table and the array it points to, spares them a cache miss.
        /// </summary>
        private readonly ulong[] _occupied = new ulong[((Edge * Edge) + 63) / 64];

        public Group(IReadOnlyList<MatchEdges> members)
        {
            Count = members.Count;
            var byFirst = new List<Entry>();
            var row = new Dictionary<UInt128, Entry[]>();
            for (var first = 0; first < Edge; first++)
            {
                byFirst.Clear();
                for (var m = 0; m < members.Count; m++)
                {
                    foreach (var branch in members[m]._byFirst[first])
                    {
                        byFirst.Add(new Entry(m, branch, branch.Head[1], branch.Head[2]));
                    }
                }

                // Most last characters of a row allow the same alternatives: one array for each set of them, found by
                // its bits (a row of more than 128 alternatives, which no pack comes near, gets an array for each).
                row.Clear();
                for (var last = 0; last < Edge; last++)
                {
                    var key = UInt128.Zero;
                    for (var i = 0; i < byFirst.Count && i < 128; i++)
                    {
                        key |= byFirst[i].Branch.Tail[0].Contains(CharSet.Representative(last)) ? UInt128.One << i : 0;
                    }

                    if (byFirst.Count > 128 || !row.TryGetValue(key, out var shared))
                    {
                        row[key] = shared = [.. byFirst.Where(entry => entry.Branch.Tail[0].Contains(CharSet.Representative(last)))];
                    }

                    var cell = (first * Edge) + last;
                    _byEdges[cell] = shared;
                    _occupied[cell >> 6] |= shared.Length > 0 ? 1UL << (cell & 63) : 0;
                }
            }
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
            foreach (ref readonly var entry in _byEdges[cell].AsSpan())
            {
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

    /// <summary>A recursive-descent reading of .NET pattern syntax, giving up on anything unusual.</summary>
    private sealed class Reader(string pattern, bool ignoreCase)
    {
        private int _at;

        /// <summary>The pattern's own option, turned on inside a scoped "(?i:…)" group.</summary>
        private bool _ignoreCase = ignoreCase;

        /// <summary>One shape per character set: shapes are never changed, and a pack's phrases repeat the same letters.</summary>
        private readonly Dictionary<CharSet, Shape> _ones = [];

        public bool AtEnd => _at == pattern.Length;

        private Shape One(CharSet set)
        {
            if (!_ones.TryGetValue(set, out var shape))
            {
                _ones[set] = shape = Shape.One(set);
            }

            return shape;
        }

        /// <summary>The alternatives at the cursor's level, each read on its own.</summary>
        public List<Shape> Branches()
        {
            List<Shape> branches = [Sequence()];
            while (Peek() == '|')
            {
                _at++;
                branches.Add(Sequence());
            }

            return branches;
        }

        private Shape Alternation() => Branches().Aggregate((a, b) => a.Or(b));

        private Shape Sequence()
        {
            var pieces = new List<Shape>();
            while (!AtEnd && Peek() is not ('|' or ')'))
            {
                pieces.Add(Quantified(Atom()));
            }

            return Shape.Sequence(pieces);
        }

        private Shape Quantified(Shape atom)
        {
            while (true)
            {
                if (Peek() is '*' or '?' or '+')
                {
                    atom = atom.Repeated(Peek() == '+' ? 1 : 0, Peek() == '?' ? 1 : Unbounded);
                    _at++;
                }
                else if (Peek() == '{' && Repetition() is var (min, max))
                {
                    atom = atom.Repeated(min, max);
                }
                else
                {
                    return atom;
                }

                if (Peek() == '?')
                {
                    _at++; // lazy: the same matches, in another order
                }
            }
        }

        /// <summary>The bounds of a {n}, {n,} or {n,m} quantifier at the cursor (consumed), or null when '{' is a literal.</summary>
        private (int Min, int Max)? Repetition()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var body = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = body.IndexOf(',');
            var min = comma < 0 ? body : body[..comma];
            var max = comma < 0 ? body : body[(comma + 1)..];
            if (min.IsEmpty || !IsDigits(min) || !IsDigits(max))
            {
                return null;
            }

            _at = close + 1;
            return (Number(min), max.IsEmpty ? Unbounded : Number(max));
        }

        private static int Number(ReadOnlySpan<char> digits) => int.TryParse(digits, out var n) ? n : throw new NotSupportedException();

        private Shape Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return One(Class());
                case '.':
                    return One(CharSet.Any);
                case '^' or '$':
                    return Shape.Empty;
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    throw new NotSupportedException();
                default:
                    return One(Char(c));
            }
        }

        private Shape Group()
        {
            var zeroWidth = false;
            if (Peek() == '?')
            {
                _at++;
                var kind = _at < pattern.Length ? pattern[_at] : '\0';
                if (kind is ':' or '>')
                {
                    _at++;
                }
                else if (kind == 'i' && _at + 1 < pattern.Length && pattern[_at + 1] == ':')
                {
                    _at += 2;
                    return IgnoringCase();
                }
                else if (kind is '=' or '!')
                {
                    _at++;
                    zeroWidth = true;
                }
                else if (kind == '<' && _at + 1 < pattern.Length && pattern[_at + 1] is '=' or '!')
                {
                    _at += 2;
                    zeroWidth = true;
                }
                else if (kind is '<' or '\'')
                {
                    var close = pattern.IndexOf(kind == '<' ? '>' : '\'', _at + 1);
                    _at = close >= 0 ? close + 1 : throw new NotSupportedException();
                }
                else
                {
                    throw new NotSupportedException(); // inline options, conditionals, comments
                }
            }

            var inner = Alternation();
            if (Peek() != ')')
            {
                throw new NotSupportedException();
            }

            _at++;
            return zeroWidth ? Shape.Empty : inner;
        }

        /// <summary>The rest of a "(?i:…)" group: its letters read in both cases, the pattern's own option restored after it.</summary>
        private Shape IgnoringCase()
        {
            var outer = _ignoreCase;
            _ignoreCase = true;
            var inner = Alternation();
            _ignoreCase = outer;
            if (Peek() != ')')
            {
                throw new NotSupportedException();
            }

            _at++;
            return inner;
        }

        private Shape Escape()
        {
            var c = Next();
            if (c is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G')
            {
                return Shape.Empty;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                return One(Char(c)); // an escaped metacharacter, space or punctuation: itself
            }

            SkipClassEscape(c);
            return One(CharSet.Any); // \w, \s, \d, \p{…}, \t…: one character, read as any
        }

        /// <summary>Consumes the rest of an escape that stands for one character of a class (\w, \p{Lu}, \t); gives up on any other.</summary>
        private void SkipClassEscape(char letter)
        {
            if (letter is 'p' or 'P')
            {
                var close = Peek() == '{' ? pattern.IndexOf('}', _at) : -1;
                _at = close >= 0 ? close + 1 : throw new NotSupportedException();
            }
            else if (letter is not ('w' or 'W' or 's' or 'S' or 'd' or 'D' or 't' or 'n' or 'r' or 'f' or 'v' or 'e' or 'a'))
            {
                throw new NotSupportedException(); // backreferences, \x41, \u0041, \cX, octal: not worth reading
            }
        }

        /// <summary>A character class after its '[': the characters listed, or any character when it is negated or uses escapes.</summary>
        private CharSet Class()
        {
            var set = default(CharSet);
            var any = Peek() == '^';
            if (any)
            {
                _at++;
            }

            var first = true;
            while (true)
            {
                var c = Next();
                if (c == ']' && !first)
                {
                    return any ? CharSet.Any : set;
                }

                first = false;
                if (c == '\\')
                {
                    var escaped = Next();
                    if (char.IsAsciiLetterOrDigit(escaped))
                    {
                        any = true;
                        if (escaped != 'b')
                        {
                            SkipClassEscape(escaped);
                        }

                        continue;
                    }

                    c = escaped;
                }
                else if (c == '[')
                {
                    throw new NotSupportedException(); // subtraction, or a '[' that might start one
                }

                if (Peek() == '-' && _at + 1 < pattern.Length && pattern[_at + 1] != ']')
                {
                    _at++;
                    var to = Next();
                    if (to is '\\' or '[' || to < c)
                    {
                        throw new NotSupportedException();
                    }

                    set = set.Union(CaseFold(CharSet.Range(c, to), c, to));
                }
                else
                {
                    set = set.Union(Char(c));
                }
            }
        }

        private CharSet Char(char c) => CaseFold(CharSet.Of(c), c, c);

        /// <summary>
        /// Under ignore case, ASCII letters match their other case and may match characters beyond ASCII (the Kelvin
        /// sign is a K), and a character beyond ASCII may match an ASCII letter: it reads as any character.
        /// </summary>
        private CharSet CaseFold(CharSet set, char from, char to)
        {
            if (!_ignoreCase)
            {
                return set;
            }

            if (to >= 128)
            {
                return CharSet.Any;
            }

            for (var c = from; c <= to; c++)
            {
                if (char.IsAsciiLetter(c))
                {
                    set = set.Union(CharSet.Of((char)(c ^ 0x20)));
                }
            }

            return set with { Other = true }; // letters and symbols such as the Kelvin sign, never punctuation
        }

        private static bool IsDigits(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        private char Peek() => _at < pattern.Length ? pattern[_at] : '\0';

        private char Next() => _at < pattern.Length ? pattern[_at++] : throw new NotSupportedException();
    }
}
