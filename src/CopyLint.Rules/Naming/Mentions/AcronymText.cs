namespace CopyLint.Rules.Naming;

/// <summary>What counts as an acronym ("KCNA", "U.S.", "MPs") and how to compare one.</summary>
public static class AcronymText
{
    /// <summary>Two to six capitals, dots allowed between them, an optional plural "s".</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
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
    public static string Initials(ReadOnlySpan<NameWord> words)
    {
        Span<char> initials = stackalloc char[32];
        var count = 0;
        foreach (var word in words)
        {
            AppendInitials(ref initials, ref count, word.Text);
        }

        return new string(initials[..count]);
    }

    /// <summary>Appends the initials <paramref name="word"/> gives in <see cref="Initials"/> to <paramref name="initials"/>[..<paramref name="count"/>], which grows into an array when full.</summary>
    public static void AppendInitials(ref Span<char> initials, ref int count, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            // A capital that opens the word or one of its hyphenated parts.
            if ((i == 0 || word[i - 1] == '-') && char.IsUpper(word[i]))
            {
                Append(ref initials, ref count, word[i]);
            }
        }
    }

    /// <summary>
    /// Appends the initials <paramref name="word"/> gives in a name where a word in capitals gives all its letters:
    /// "UK Health Security Agency" gives UKHSA ("the UK Health Security Agency" … "UKHSA"), "NIH-AARP Diet and Health
    /// Study" gives NIHAARPDHS. As <see cref="AppendInitials"/>, the buffer grows into an array when full.
    /// </summary>
    public static void AppendCapitalInitials(ref Span<char> initials, ref int count, string word)
    {
        foreach (var range in word.AsSpan().Split('-'))
        {
            var part = word.AsSpan(range);
            if (part.IsEmpty || !char.IsUpper(part[0]))
            {
                continue;
            }

            if (!IsAcronym(part))
            {
                Append(ref initials, ref count, part[0]);
                continue;
            }

            // The acronym's key: its capitals.
            foreach (var c in part)
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    Append(ref initials, ref count, c);
                }
            }
        }
    }

    private static void Append(ref Span<char> buffer, ref int count, char c)
    {
        if (count == buffer.Length)
        {
            var larger = new char[count * 2];
            buffer.CopyTo(larger);
            buffer = larger;
        }

        buffer[count++] = c;
    }

    /// <summary>
    /// The acronym plausibly abbreviates the name: its letters are capitals of the name's words or initials of its
    /// connectors, in order ("Korean Central News Agency" KCNA, "Ministry of Foreign Affairs" MOFA). "South Korea (AP)", the agency
    /// credit after a dateline, is not a definition.
    /// </summary>
    public static bool Abbreviates(string acronym, ReadOnlySpan<NameWord> words)
    {
        var key = Key(acronym);
        var k = 0;
        foreach (var word in words)
        {
            foreach (var range in word.Text.AsSpan().Split('-'))
            {
                var part = word.Text.AsSpan(range);
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

    private static bool IsRomanNumeral(ReadOnlySpan<char> word) => !word.ContainsAnyExcept('I', 'V', 'X');
}
