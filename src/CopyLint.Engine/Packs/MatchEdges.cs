namespace CopyLint.Engine.Packs;

/// <summary>
/// The characters a match of a regular expression can start and end with, read from the pattern without running it:
/// a line-scope rule's match is the whole trimmed line, so a line whose first or last character is not among them
/// cannot match, and most lines of copy are rejected before the regex engine runs (one engine call per line per rule
/// was most of a pack rule's cost). The reading over-approximates and never under-approximates: assertions (anchors,
/// \b, lookarounds) count as matching nothing, a class it cannot enumerate as any character, and a construct it does
/// not know makes <see cref="Read"/> give up (null), so that no line is ever rejected that the pattern could match.
/// </summary>
public sealed class MatchEdges
{
    private readonly (CharSet First, CharSet Last)[] _branches;
    private readonly CharSet _first;
    private readonly CharSet _last;

    private MatchEdges((CharSet First, CharSet Last)[] branches)
    {
        _branches = branches;
        foreach (var (first, last) in branches)
        {
            (_first, _last) = (_first.Union(first), _last.Union(last));
        }
    }

    /// <summary>The edges of <paramref name="pattern"/>'s non-empty matches; null when the pattern uses a construct this reading does not know.</summary>
    public static MatchEdges? Read(string pattern, bool ignoreCase)
    {
        try
        {
            var reader = new Reader(pattern, ignoreCase);
            var branches = reader.Branches();
            return reader.AtEnd ? new MatchEdges([.. branches.Select(b => (b.First, b.Last))]) : null;
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
        if (text.Length == 0 || !_first.Contains(text[0]) || !_last.Contains(text[^1]))
        {
            return false;
        }

        foreach (var (first, last) in _branches)
        {
            if (first.Contains(text[0]) && last.Contains(text[^1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A set of characters: ASCII exactly, anything beyond ASCII as one flag.</summary>
    private readonly record struct CharSet(UInt128 Ascii, bool NonAscii)
    {
        public static readonly CharSet Any = new(UInt128.MaxValue, true);

        public bool Contains(char c) => c < 128 ? ((Ascii >> c) & UInt128.One) != UInt128.Zero : NonAscii;

        public CharSet Union(CharSet other) => new(Ascii | other.Ascii, NonAscii || other.NonAscii);

        public static CharSet Of(char c) => c < 128 ? new(UInt128.One << c, false) : new(UInt128.Zero, true);

        public static CharSet Range(char from, char to)
        {
            var set = new CharSet(UInt128.Zero, to >= 128);
            for (var c = from; c <= to && c < 128; c++)
            {
                set = set.Union(Of(c));
            }

            return set;
        }
    }

    /// <summary>What a piece of pattern can match: its first and last characters, and whether it can match nothing.</summary>
    private readonly record struct Shape(CharSet First, CharSet Last, bool Nullable)
    {
        public static readonly Shape Empty = new(default, default, true);

        public Shape Then(Shape next) => new(
            Nullable ? First.Union(next.First) : First,
            next.Nullable ? Last.Union(next.Last) : next.Last,
            Nullable && next.Nullable);

        public Shape Or(Shape other) => new(First.Union(other.First), Last.Union(other.Last), Nullable || other.Nullable);
    }

    /// <summary>A recursive-descent reading of .NET pattern syntax, giving up on anything unusual.</summary>
    private sealed class Reader(string pattern, bool ignoreCase)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

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
            var shape = Shape.Empty;
            while (!AtEnd && Peek() is not ('|' or ')'))
            {
                shape = shape.Then(Quantified(Atom()));
            }

            return shape;
        }

        private Shape Quantified(Shape atom)
        {
            while (true)
            {
                if (Peek() is '*' or '?')
                {
                    _at++;
                    atom = atom with { Nullable = true };
                }
                else if (Peek() == '+')
                {
                    _at++;
                }
                else if (Peek() == '{' && Repetition() is { } min)
                {
                    atom = atom with { Nullable = atom.Nullable || min == 0 };
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

        /// <summary>The minimum of a {n}, {n,} or {n,m} quantifier at the cursor (consumed), or null when '{' is a literal.</summary>
        private int? Repetition()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return null;
            }

            var body = pattern.AsSpan(_at + 1, close - _at - 1);
            var comma = body.IndexOf(',');
            var min = comma < 0 ? body : body[..comma];
            var max = comma < 0 ? [] : body[(comma + 1)..];
            if (min.IsEmpty || !IsDigits(min) || !IsDigits(max))
            {
                return null;
            }

            _at = close + 1;
            return int.TryParse(min, out var n) ? n : 1;
        }

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
            if (!ignoreCase)
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

            return set with { NonAscii = true };
        }

        private static Shape One(CharSet set) => new(set, set, false);

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
