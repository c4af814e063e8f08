namespace CopyLint.Engine.Packs;

public sealed partial class MatchEdges
{
    /// <summary>A recursive-descent reading of .NET pattern syntax, giving up on anything unusual.</summary>
    private sealed class Reader(string pattern, bool ignoreCase)
    {
        private int _at;

        /// <summary>The pattern's own option, turned on inside a scoped "(?i:…)" group.</summary>
        private bool _ignoreCase = ignoreCase;

        /// <summary>One shape per character set: shapes are never changed, and a pack's phrases repeat the same letters.</summary>
        private readonly Dictionary<CharSet, Shape> _ones = [];

        /// <summary>Each repetition read once: a pack repeats the same few ("\s+", "\s*", "[,:]?") in pattern after pattern.</summary>
        private readonly Dictionary<(Shape Atom, int Min, int Max), Shape> _repeats = [];

        /// <summary>The pieces of the sequences being read, one list per level of nesting; <see cref="_depth"/> are in use.</summary>
        private readonly List<List<Shape>> _pieces = [];
        private int _depth;

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
            List<Shape> branches = [Shape.Sequence(Pieces())];
            while (Peek() == '|')
            {
                _at++;
                branches.Add(Shape.Sequence(Pieces()));
            }

            return branches;
        }

        /// <summary>
        /// A group's alternatives as one shape: at each position, any of their characters there. Each branch is joined
        /// into a buffer and united into the group's edges as it is read: the only shape made is the group's (the
        /// packs' words in groups, such as "(?:Facebook|X|Twitter|…)", each made a shape of two arrays only to be united).
        /// </summary>
        private Shape Alternation()
        {
            var pieces = Pieces();
            if (Peek() != '|')
            {
                return Shape.Sequence(pieces);
            }

            Span<CharSet> head = stackalloc CharSet[Depth];
            Span<CharSet> tail = stackalloc CharSet[Depth];
            Span<CharSet> branchHead = stackalloc CharSet[Depth];
            Span<CharSet> branchTail = stackalloc CharSet[Depth];
            var (min, max) = Shape.Join(pieces, head, tail);
            while (Peek() == '|')
            {
                _at++;
                var (branchMin, branchMax) = Shape.Join(Pieces(), branchHead, branchTail);
                (min, max) = (Math.Min(min, branchMin), Math.Max(max, branchMax));
                for (var i = 0; i < Depth; i++)
                {
                    (head[i], tail[i]) = (head[i].Union(branchHead[i]), tail[i].Union(branchTail[i]));
                }
            }

            return new(Shape.Exact(head, max), Shape.Exact(tail, max), min, max);
        }

        /// <summary>
        /// The pieces of the sequence at the cursor, in the list of its level of nesting: valid until the next sequence at
        /// that level is read.
        /// </summary>
        private List<Shape> Pieces()
        {
            // A list per nesting level, reused: a pack's long phrases would each grow one of their own.
            if (_depth == _pieces.Count)
            {
                _pieces.Add([]);
            }

            var pieces = _pieces[_depth++];
            pieces.Clear();
            while (!AtEnd && Peek() is not ('|' or ')'))
            {
                pieces.Add(Quantified(Atom()));
            }

            _depth--;
            return pieces;
        }

        private Shape Quantified(Shape atom)
        {
            while (true)
            {
                if (Peek() is '*' or '?' or '+')
                {
                    atom = Repeated(atom, Peek() == '+' ? 1 : 0, Peek() == '?' ? 1 : Unbounded);
                    _at++;
                }
                else if (Peek() == '{' && Repetition() is var (min, max))
                {
                    atom = Repeated(atom, min, max);
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

        private Shape Repeated(Shape atom, int min, int max)
        {
            if (!_repeats.TryGetValue((atom, min, max), out var shape))
            {
                _repeats[(atom, min, max)] = shape = atom.Repeated(min, max);
            }

            return shape;
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

            return set.Union(CharSet.Other); // letters and symbols such as the Kelvin sign, never punctuation
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
