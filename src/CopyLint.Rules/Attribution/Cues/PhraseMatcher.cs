using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

/// <summary>
/// Finds multi-word phrases from a word list in a run of content tokens, case-insensitively, longest first.
/// Phrases are indexed by their first word so a scan costs one dictionary look-up per word.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, string[][]> _byFirstWord;
    private readonly Dictionary<string, string[][]> _byLastWord;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        var split = phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length > 0).ToList();
        _byFirstWord = Index(split, words => words[0]);
        _byLastWord = Index(split, words => words[^1]);
    }

    /// <summary>True when some phrase starts with this word: a cheap test before <see cref="Match"/>.</summary>
    public bool Starts(string word) => _byFirstWord.ContainsKey(word);

    /// <summary>The number of tokens of the longest phrase starting at <paramref name="start"/>, or 0.</summary>
    public int Match(ReadOnlySpan<Token> tokens, int start)
    {
        if (!_byFirstWord.TryGetValue(tokens[start].Text, out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (Matches(tokens, start, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>The number of tokens of the longest phrase ending just before <paramref name="end"/>, or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<Token> tokens, int end)
    {
        if (end == 0 || !_byLastWord.TryGetValue(tokens[end - 1].Text, out var candidates))
        {
            return 0;
        }

        foreach (var words in candidates)
        {
            if (end - words.Length >= 0 && Matches(tokens, end - words.Length, words))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static Dictionary<string, string[][]> Index(List<string[]> phrases, Func<string[], string> key) =>
        phrases.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(words => words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static bool Matches(ReadOnlySpan<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Length)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (token.Kind != TokenKind.Word || !token.IsIgnoreCase(words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
