namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// A screen for "does this text open with one of these words, ignoring case?", asked of every line before a set is
/// hashed: one bit for each pair of ASCII characters a listed word opens with, in either case. A one-letter word
/// opens the pairs of its letter and what may end it (a space, tab or colon, or the end of the text). Exact: it
/// never turns away a text whose first word is listed; it lets through any text opening with a character beyond
/// ASCII (which might equal an ASCII one ignoring case).
/// </summary>
internal sealed class OpeningPairs
{
    private readonly ulong[]? _pairs;

    /// <param name="words">The words; when one is empty or opens with a character beyond ASCII, nothing is screened.</param>
    public OpeningPairs(IEnumerable<string> words)
    {
        var pairs = new ulong[128 * 128 / 64];
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsAscii(word[0]) || (word.Length > 1 && !char.IsAscii(word[1])))
            {
                return;
            }

            // Ignoring case, an ASCII character equals only itself and its other case.
            char[] seconds = word.Length > 1 ? [char.ToLowerInvariant(word[1]), char.ToUpperInvariant(word[1])] : [' ', '\t', ':'];
            foreach (var first in (char[])[char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0])])
            {
                foreach (var second in seconds)
                {
                    var pair = (first << 7) | second;
                    pairs[pair >> 6] |= 1UL << pair;
                }
            }
        }

        _pairs = pairs;
    }

    /// <summary>False when no listed word can open <paramref name="text"/> (which starts with its first word, not with whitespace).</summary>
    public bool MayOpen(ReadOnlySpan<char> text)
    {
        if (_pairs is null)
        {
            return true;
        }

        if (text.IsEmpty)
        {
            return false; // no listed word is empty
        }

        // The end of the text stands for a space: both end a one-letter word, and no word has a space in it.
        var (first, second) = (text[0], text.Length > 1 ? text[1] : ' ');
        if ((first | second) >= 128)
        {
            return true;
        }

        var pair = (first << 7) | second;
        return (_pairs[pair >> 6] & (1UL << pair)) != 0;
    }
}
