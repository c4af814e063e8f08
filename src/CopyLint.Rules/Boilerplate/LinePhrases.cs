using System.Collections.Frozen;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// A list of phrases that make up a whole line, read from rule data: "Most read" matches the line "Most read" or
/// "MOST READ:"; "More from *" matches any line that starts with "More from " ("Post by @*", with no space, any line
/// that starts with "Post by @"); "Read more:" also starts a line
/// that goes on ("Read more: …"). Case, a trailing colon, curly apostrophes and runs of spaces are ignored.
/// </summary>
internal sealed class LinePhrases
{
    private readonly HashSet<string> _whole = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wholeLookup;
    private readonly List<string> _prefixes = [];
    private readonly List<string> _leads = [];
    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    /// <summary>The first two characters of the first words: most lines of prose open otherwise ("The", "A ", "In").</summary>
    private readonly OpeningPairs _openings;

    /// <summary>The longest phrase, prefix or lead: a line is normalised only this far (and one character more, to know it goes on).</summary>
    private readonly int _longest;

    public LinePhrases(IEnumerable<string> entries)
    {
        var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var phrase = Normalise(entry.TrimEnd('*', ':'));
            firstWords.Add(FirstWord(phrase).ToString());
            if (entry.EndsWith('*'))
            {
                _prefixes.Add(entry.EndsWith(" *", StringComparison.Ordinal) ? phrase + " " : phrase);
            }
            else
            {
                _whole.Add(phrase);
                if (entry.EndsWith(':'))
                {
                    _leads.Add(phrase + ":");
                }
            }
        }

        _wholeLookup = _whole.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = _whole.Concat(_prefixes).Concat(_leads).Select(p => p.Length).DefaultIfEmpty(0).Max();

        // Frozen: asked once or twice per line of every document, the faster lookup pays for its construction.
        _firstWords = firstWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _firstWordLookup = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _openings = new OpeningPairs(_firstWords);
    }

    public bool MatchesLine(ReadOnlySpan<char> line)
    {
        if (!FirstWordOpensAPhrase(line))
        {
            return false;
        }

        Span<char> head = _longest < 256 ? stackalloc char[_longest + 1] : new char[_longest + 1];
        var length = Normalise(line.TrimEnd(": \t"), head);
        if (length <= head.Length && _wholeLookup.Contains(head[..length]))
        {
            return true;
        }

        foreach (var prefix in _prefixes)
        {
            if (length > prefix.Length && head.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length in <paramref name="line"/> of a lead such as "Read more:" that more text follows, or 0; a bar stands for
    /// the colon as Indian sites print it ("ALSO READ | …").
    /// </summary>
    public int LeadLength(ReadOnlySpan<char> line)
    {
        // The first word first: it turns most lines away without a search through the whole line for a colon.
        if (!FirstWordOpensAPhrase(line))
        {
            return 0;
        }

        var colon = line.IndexOfAny(':', '|');
        if (colon <= 0 || colon == line.Length - 1)
        {
            return 0;
        }

        Span<char> head = _longest < 256 ? stackalloc char[_longest + 1] : new char[_longest + 1];
        var length = Normalise(line[..colon].TrimEnd(), head);
        if (length < head.Length)
        {
            foreach (var lead in _leads)
            {
                if (head[..length].Equals(lead.AsSpan(0, lead.Length - 1), StringComparison.OrdinalIgnoreCase))
                {
                    return colon + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Where the bar before a lead written last on the line stands ("Women's boxing: a timeline | Read more"), a teaser's
    /// link after its headline, or -1; only the line's last characters are read.
    /// </summary>
    public int TrailerBar(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd();
        var from = Math.Max(0, trimmed.Length - _longest - 2);
        var bar = trimmed[from..].LastIndexOf('|');
        if (bar < 0 || from + bar == 0)
        {
            return -1;
        }

        bar += from;
        Span<char> tail = _longest < 256 ? stackalloc char[_longest + 1] : new char[_longest + 1];
        var length = Normalise(trimmed[(bar + 1)..], tail);
        if (length == 0 || length > _longest)
        {
            return -1;
        }

        foreach (var lead in _leads)
        {
            if (tail[..length].Equals(lead.AsSpan(0, lead.Length - 1), StringComparison.OrdinalIgnoreCase))
            {
                return bar;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the line's first word (without a trailing colon) starts a phrase, so that most lines are rejected
    /// without normalising them, or allocating.
    /// </summary>
    private bool FirstWordOpensAPhrase(ReadOnlySpan<char> line)
    {
        // Two characters before finding the word's end and hashing it: nearly every capital opens some phrase.
        var trimmed = line.TrimStart();
        if (!_openings.MayOpen(trimmed))
        {
            return false;
        }

        var word = FirstWord(trimmed);
        return word.Contains('’') ? _firstWords.Contains(word.ToString().Replace('’', '\'')) : _firstWordLookup.Contains(word);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny(' ', '\t', ':');
        return end < 0 ? trimmed : trimmed[..end];
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// <see cref="Normalise(string)"/> into a buffer, without a string: returns the length of the whole normalised
    /// text, of which the first <paramref name="into"/>.Length characters are written.
    /// </summary>
    private static int Normalise(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space && length++ < into.Length)
            {
                into[length - 1] = ' ';
            }

            if (length++ < into.Length)
            {
                into[length - 1] = c == '’' ? '\'' : c;
            }

            space = false;
        }

        return length;
    }
}
