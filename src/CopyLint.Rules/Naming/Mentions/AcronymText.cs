namespace CopyLint.Rules.Naming;

/// <summary>What counts as an acronym ("KCNA", "U.S.", "MPs") and how to compare one.</summary>
public static class AcronymText
{
    /// <summary>Two to six capitals, dots allowed between them, an optional plural "s".</summary>
    public static bool IsAcronym(string word)
    {
        var capitals = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterUpper(c))
            {
                capitals++;
            }
            else if (c == '.' || (c == 's' && i == word.Length - 1 && capitals >= 2))
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return capitals is >= 2 and <= 6 && !IsRomanNumeral(word);
    }

    /// <summary>The acronym's key: capitals only, so "U.S." and "US", "MPs" and "MP" compare equal.</summary>
    public static string Key(string word) => word.Contains('.') || word.EndsWith('s') ? new string([.. word.Where(char.IsAsciiLetterUpper)]) : word;

    /// <summary>The capitals that open each word of a name: "Institute for National Security Strategy" gives INSS.</summary>
    public static string Initials(IEnumerable<string> words)
    {
        Span<char> initials = stackalloc char[32];
        var count = 0;
        foreach (var word in words)
        {
            for (var i = 0; i < word.Length; i++)
            {
                // A capital that opens the word or one of its hyphenated parts.
                if ((i == 0 || word[i - 1] == '-') && char.IsUpper(word[i]))
                {
                    if (count == initials.Length)
                    {
                        var larger = new char[count * 2];
                        initials.CopyTo(larger);
                        initials = larger;
                    }

                    initials[count++] = word[i];
                }
            }
        }

        return new string(initials[..count]);
    }

    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X');
}
