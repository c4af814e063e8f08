using System.Collections.Frozen;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// A list of phrases that make up a whole line, read from rule data: "Most read" matches the line "Most read" or
/// "MOST READ:"; "More from *" matches any line that starts with "More from "; "Read more:" also starts a line
/// that goes on ("Read more: …"). Case, a trailing colon, curly apostrophes and runs of spaces are ignored.
/// </summary>
internal sealed class LinePhrases
{
    private readonly HashSet<string> _whole = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _prefixes = [];
    private readonly List<string> _leads = [];
    private readonly FrozenSet<string> _firstWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    public LinePhrases(IEnumerable<string> entries)
    {
        var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var phrase = Normalise(entry.TrimEnd('*', ':'));
            firstWords.Add(FirstWord(phrase).ToString());
            if (entry.EndsWith('*'))
            {
                _prefixes.Add(phrase + " ");
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

        // Frozen: asked once or twice per line of every document, the faster lookup pays for its construction.
        _firstWords = firstWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _firstWordLookup = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool MatchesLine(ReadOnlySpan<char> line)
    {
        if (!FirstWordOpensAPhrase(line))
        {
            return false;
        }

        var text = Normalise(line.TrimEnd(": \t").ToString());
        return _whole.Contains(text) || _prefixes.Any(p => text.Length > p.Length && text.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The length in <paramref name="line"/> of a lead such as "Read more:" that more text follows, or 0.</summary>
    public int LeadLength(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon == line.Length - 1 || !FirstWordOpensAPhrase(line))
        {
            return 0;
        }

        var lead = Normalise(line[..(colon + 1)].ToString());
        return _leads.Contains(lead, StringComparer.OrdinalIgnoreCase) ? colon + 1 : 0;
    }

    /// <summary>
    /// True when the line's first word (without a trailing colon) starts a phrase, so that most lines are rejected
    /// without normalising them, or allocating.
    /// </summary>
    private bool FirstWordOpensAPhrase(ReadOnlySpan<char> line)
    {
        var word = FirstWord(line);
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
}
