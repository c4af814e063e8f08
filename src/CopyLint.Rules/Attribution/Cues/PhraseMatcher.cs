using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Cues;

/// <summary>
/// Finds multi-word phrases from a word list in a run of content tokens, case-insensitively, longest first.
/// Phrases are indexed by their first word so a scan costs one dictionary look-up per word.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, string[][]> _byFirstWord;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        _byFirstWord = phrases
            .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length > 0)
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(words => words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
    }

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
        var best = 0;
        foreach (var candidates in _byFirstWord.Values)
        {
            foreach (var words in candidates)
            {
                if (words.Length > best && end - words.Length >= 0 && Matches(tokens, end - words.Length, words))
                {
                    best = words.Length;
                }
            }
        }

        return best;
    }

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
