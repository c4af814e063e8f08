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
    public static string Key(string word)
    {
        if (!word.Contains('.') && !word.EndsWith('s'))
        {
            return word;
        }

        Span<char> capitals = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                capitals[count++] = c;
            }
        }

        return new string(capitals[..count]);
    }

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

    /// <summary>
    /// The initials of a name where a word in capitals gives all its letters: "UK Health Security Agency" gives UKHSA
    /// ("the UK Health Security Agency" … "UKHSA"), "NIH-AARP Diet and Health Study" gives NIHAARPDHS.
    /// </summary>
    public static string CapitalInitials(IEnumerable<string> words) =>
        new([.. Parts(words).SelectMany(w => IsAcronym(w) ? Key(w).AsEnumerable() : [w[0]])]);

    /// <summary>
    /// The acronym plausibly abbreviates the name: its letters are capitals of the name's words or initials of its
    /// connectors, in order ("Korean Central News Agency" KCNA, "Ministry of Foreign Affairs" MOFA). "South Korea (AP)", the agency
    /// credit after a dateline, is not a definition.
    /// </summary>
    public static bool Abbreviates(string acronym, IEnumerable<string> words)
    {
        var key = Key(acronym);
        var k = 0;
        foreach (var word in words)
        {
            foreach (var range in word.AsSpan().Split('-'))
            {
                var part = word.AsSpan(range);
                if (part.IsEmpty)
                {
                    continue;
                }

                // A capitalised part gives all its capitals; a lower-case connector its initial.
                if (!char.IsUpper(part[0]))
                {
                    k += k < key.Length && char.ToUpperInvariant(part[0]) == key[k] ? 1 : 0;
                    continue;
                }

                foreach (var c in part)
                {
                    k += char.IsUpper(c) && k < key.Length && c == key[k] ? 1 : 0;
                }
            }
        }

        return k == key.Length;
    }

    private static IEnumerable<string> Parts(IEnumerable<string> words) =>
        words.SelectMany(w => w.Split('-')).Where(w => w.Length > 0 && char.IsUpper(w[0]));

    private static bool IsRomanNumeral(string word) => !word.AsSpan().ContainsAnyExcept('I', 'V', 'X');
}
