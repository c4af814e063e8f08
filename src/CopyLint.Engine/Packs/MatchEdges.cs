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
public sealed partial class MatchEdges
{
    /// <summary>How many characters at each end are read: enough for "Image"/"Photo" or "cookies"-like openings.</summary>
    private const int Depth = 8;

    private const int Unbounded = int.MaxValue;

    /// <summary>The top-level alternatives that a match may start with each <see cref="CharSet.Slot"/>.</summary>
    private readonly Shape[][] _byFirst;

    /// <summary>Beside each of <see cref="_byFirst"/>'s alternatives, its place among the pattern's top-level alternatives.</summary>
    private readonly int[][] _numbersByFirst;
    private readonly CharSet _last;

    private MatchEdges(Shape[] branches)
    {
        Alternatives = branches.Length;
        _byFirst = new Shape[CharSet.Slots][];
        _numbersByFirst = new int[CharSet.Slots][];
        // Counted, then filled: one exact array a slot, in the branches' order, not a growing list copied to one.
        for (var slot = 0; slot < _byFirst.Length; slot++)
        {
            var representative = CharSet.Representative(slot);
            var count = 0;
            foreach (var branch in branches)
            {
                count += branch.HeadAt(0).Contains(representative) ? 1 : 0;
            }

            var row = count == 0 ? [] : new Shape[count];
            var numbers = count == 0 ? [] : new int[count];
            var at = 0;
            for (var b = 0; b < branches.Length && at < count; b++)
            {
                if (branches[b].HeadAt(0).Contains(representative))
                {
                    (row[at], numbers[at]) = (branches[b], b);
                    at++;
                }
            }

            (_byFirst[slot], _numbersByFirst[slot]) = (row, numbers);
        }

        foreach (var branch in branches)
        {
            _last = _last.Union(branch.TailAt(0));
        }
    }

    /// <summary>How many top-level alternatives the pattern has.</summary>
    public int Alternatives { get; }

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
    /// The place among the pattern's top-level alternatives of the next one, from <paramref name="cursor"/> on, that
    /// may match exactly <paramref name="text"/> (the ones <see cref="MayBeWhole"/> tries), or -1 after the last.
    /// </summary>
    public int NextWhole(ReadOnlySpan<char> text, ref int cursor)
    {
        if (text.Length == 0 || !_last.Contains(text[^1]))
        {
            return -1;
        }

        var slot = CharSet.Slot(text[0]);
        var row = _byFirst[slot];
        while (cursor < row.Length)
        {
            if (row[cursor++].MayBe(text))
            {
                return _numbersByFirst[slot][cursor - 1];
            }
        }

        return -1;
    }
}
