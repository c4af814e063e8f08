using System.Globalization;
using System.Text;

namespace CopyLint.Rules.Naming;

/// <summary>Comparing name spellings: a key that ignores case, accents, hyphens and spaces, and a one-edit test.</summary>
public static class NameText
{
    /// <summary>
    /// "Kar-yun", "Mei-chi", "Ji-won": a hyphenated given name with lower case after the hyphen, the Cantonese, Taiwanese
    /// and Korean shape, whose family name comes before it. Vietnamese given names are never hyphenated.
    /// </summary>
    public static bool IsHyphenatedGivenName(ReadOnlySpan<char> word) =>
        word.IndexOf('-') is > 1 and var hyphen && hyphen < word.Length - 2 && char.IsLower(word[hyphen + 1]);

    /// <summary>"Al-Assad", "al Assad" and "al-Asad"… → "alassad"; "Mbappé" → "mbappe"; "Laʻauli" → "laauli".</summary>
    public static string Key(string form)
    {
        if (Ascii.IsValid(form))
        {
            return string.Create(CountLettersAndDigits(form), form, static (span, source) =>
            {
                var i = 0;
                foreach (var c in source)
                {
                    if (char.IsAsciiLetterOrDigit(c))
                    {
                        span[i++] = char.ToLowerInvariant(c);
                    }
                }
            });
        }

        var builder = new StringBuilder(form.Length);
        foreach (var c in form.Normalize(NormalizationForm.FormD))
        {
            // Invariant globalization leaves "ú" whole: the Latin letters are folded by the table.
            var letter = c is >= '\u00C0' and <= '\u017F' ? LatinFold[c - '\u00C0'] : c;
            // "Großkopf" … "Grosskopf", "Sigurðsson" … "Sigurdsson": letters English copy writes as two, or as another.
            if (FoldedLetters(letter) is { } folded)
            {
                builder.Append(folded);
                continue;
            }

            // The ʻokina and the apostrophes written as modifier letters ("Laʻauli", "Saʿid") are letters to .NET, but
            // marks to a reader, as the ASCII apostrophe is: "Laauli" is the same name misspelled.
            if (char.IsLetterOrDigit(letter) && letter is not (>= '\u02BB' and <= '\u02BF'))
            {
                builder.Append(char.ToLowerInvariant(letter));
            }
        }

        return builder.ToString();
    }

    /// <summary><see cref="Key"/>(a) == <see cref="Key"/>(b), without building either key when both are ASCII.</summary>
    internal static bool HaveEqualKeys(string a, string b) =>
        Ascii.IsValid(a) && Ascii.IsValid(b) ? HaveEqualAsciiKeys(a, b) : Key(a) == Key(b);

    /// <summary><see cref="NameText.Key"/>(a) == <see cref="NameText.Key"/>(b) for ASCII forms: their letters and digits alike but for case.</summary>
    internal static bool HaveEqualAsciiKeys(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsAsciiLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsAsciiLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i++]) != char.ToLowerInvariant(b[j++]))
            {
                return false;
            }
        }
    }

    /// <summary>The letters a key writes for a letter the table leaves whole: "ß" as "ss", "ð" as "d".</summary>
    private static string? FoldedLetters(char letter) => letter switch
    {
        'ß' => "ss",
        'ð' or 'Ð' => "d",
        'þ' or 'Þ' => "th",
        'æ' or 'Æ' => "ae",
        _ => null,
    };

    /// <summary>U+00C0 to U+017F without their accents ("Rúben" is keyed as "Ruben", "Łódź" as "Lodz").</summary>
    private const string LatinFold =
        "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlLlLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ";

    /// <summary>A hash of <see cref="Key"/>(<paramref name="form"/>) that builds no key for an ASCII form.</summary>
    public static int KeyHash(string form)
    {
        if (!Ascii.IsValid(form))
        {
            return Hash(Key(form));
        }

        return (int)HashKeyOf(FnvOffset, form);
    }

    /// <summary>
    /// <see cref="KeyHash(string)"/> of <paramref name="mention"/>'s <see cref="Mention.Form"/>, read from its words: an
    /// ASCII name is hashed word by word (the spaces that join them are no part of the key), so its form is not joined.
    /// </summary>
    public static int KeyHash(Mention mention) => KeyHash(mention, out _);

    /// <summary>
    /// <see cref="KeyHash(Mention)"/>, and the key lengths of the last words of an ASCII name, counted in the same pass
    /// over its characters (<see cref="TailLetters.Unknown"/> for a name beyond ASCII).
    /// </summary>
    internal static int KeyHash(Mention mention, out TailLetters tails)
    {
        var hash = FnvOffset;
        // The key lengths of the last three words read, the last first.
        var (last, second, third) = (0, 0, 0);
        foreach (var word in mention.Name)
        {
            if (!Ascii.IsValid(word.Text))
            {
                tails = TailLetters.Unknown;
                return KeyHash(mention.Form);
            }

            (third, second) = (second, last);
            hash = HashKeyOf(hash, word.Text, out last);
        }

        tails = new(last, last + second, last + second + third);
        return (int)hash;
    }

    private const uint FnvOffset = 2166136261;

    private static uint HashKeyOf(uint hash, string text) => HashKeyOf(hash, text, out _);

    /// <summary>
    /// FNV-1a, from <paramref name="hash"/>, over the characters the key keeps of ASCII <paramref name="text"/>, as Key
    /// would write them; <paramref name="letters"/> is how many (its key's length).
    /// </summary>
    private static uint HashKeyOf(uint hash, string text, out int letters)
    {
        letters = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
                letters++;
            }
        }

        return hash;
    }

    private static int Hash(string key)
    {
        var hash = FnvOffset;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)hash;
    }

    internal static int CountLettersAndDigits(string ascii)
    {
        var count = 0;
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> differ by one inserted, deleted or replaced letter, or two
    /// adjacent letters swapped, that is not the first letter: "Zelensky"/"Zelenskyy", "Whitworth"/"Whitwroth". Demonym and plural endings ("Russia"/"Russian") do not count.
    /// </summary>
    public static bool IsOneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        if (b.Length - a.Length > 1 || a.Length == 0 || a[0] != b[0] || a == b)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        // One letter replaced, or two adjacent letters swapped ("Whitwroth" for "Whitworth").
        if (a.Length == b.Length)
        {
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
                || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        if (i == a.Length && b[^1] is 'n' or 's' or 'i' or 'a' or 'e')
        {
            return false;
        }

        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>
    /// True when the characters that differ between <paramref name="a"/> and <paramref name="b"/> include a digit or stand
    /// beside one: a model or serial code, where a change is a different thing ("MetOp-SG-A1" / "MetOp-SG-B1",
    /// "A320" / "A321", "Sentinel-2A" / "Sentinel-2B"), not a misspelling. Asked only of a pair about to be reported.
    /// </summary>
    public static bool IsCodeVariant(string a, string b)
    {
        var prefix = a.AsSpan().CommonPrefixLength(b);
        var shorter = Math.Min(a.Length, b.Length);
        var suffix = 0;
        while (suffix < shorter - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        return HasDigitAround(a, prefix, a.Length - suffix) || HasDigitAround(b, prefix, b.Length - suffix);
    }

    /// <summary>A digit in <paramref name="s"/>[start..end] or just before or after it.</summary>
    private static bool HasDigitAround(string s, int start, int end) =>
        s.AsSpan(Math.Max(start - 1, 0), Math.Min(end + 1, s.Length) - Math.Max(start - 1, 0)).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>
    /// Two spellings of one hyphenated Korean given name that differ only in how a vowel is romanised: "oo" or "eo"
    /// for "u" ("Soo-jin" / "Su-jin", "Hyeon-woo" / "Hyun-woo").
    /// </summary>
    public static bool IsRomanisationVariant(string a, string b) =>
        a != b && a.Contains('-') && b.Contains('-') && a.Length <= 12 && b.Length <= 12 && a[0] == b[0]
        && string.Equals(FoldVowels(a), FoldVowels(b), StringComparison.Ordinal);

    /// <summary>
    /// "Dmitry" / "Dmitri", "Sergey" / "Sergei", "Pashinyan" / "Pashinian": a Russian or Armenian name's "y" after a vowel or
    /// before one, or at the end, written "i" as another romanisation does; the same letters otherwise, five or more.
    /// </summary>
    public static bool IsSlavicYVariant(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 5 || a == b)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k] && !(k > 0 && (a[k], b[k]) is ('y', 'i') or ('i', 'y') && (k == a.Length - 1 || IsVowel(a[k - 1]) || IsVowel(a[k + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>"Shahbaz" / "Shehbaz", "Muhammad" / "Mohammad": one vowel after the first letter written as another, in five letters or more.</summary>
    public static bool IsVowelVariant(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 5)
        {
            return false;
        }

        var differing = 0;
        for (var k = 1; k < a.Length; k++)
        {
            if (a[k] != b[k] && !(IsVowel(a[k]) && IsVowel(b[k]) && ++differing == 1))
            {
                return false;
            }
        }

        return differing == 1 && a[0] == b[0];
    }

    /// <summary>
    /// "Dzung" / "Dung": a Vietnamese "D" written "Dz", as older and some diaspora romanisations do, one name.
    /// </summary>
    public static bool IsVietnameseDzVariant(string a, string b)
    {
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && shorter.Length >= 2 && longer.StartsWith("Dz", StringComparison.Ordinal)
            && shorter[0] == 'D' && char.IsAsciiLetterLower(shorter[1]) && longer.AsSpan(2).SequenceEqual(shorter.AsSpan(1));
    }

    private static string FoldVowels(string word) =>
        word.ToLowerInvariant().Replace("oo", "u", StringComparison.Ordinal).Replace("eo", "u", StringComparison.Ordinal);

    /// <summary>
    /// Two words one added letter apart, of four letters or more, whose added letter repeats the one before it: "Ruto" /
    /// "Rutto". A dropped or added letter of any other kind is as often another name ("Bryan" / "Bryant").
    /// </summary>
    public static bool IsDoubling(string a, string b)
    {
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        var i = shorter.AsSpan().CommonPrefixLength(longer);
        return shorter.Length >= 4 && i > 0 && longer[i] == longer[i - 1] && shorter.AsSpan(i).SequenceEqual(longer.AsSpan(i + 1));
    }

    /// <summary>Levenshtein distance of two short words (names), for near-miss checks.</summary>
    public static int Distance(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }

    public static int LetterCount(string word)
    {
        var count = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }

        return count;
    }

    public static bool HasOnlyCaseDifference(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "al-Assad" / "Al-Assad", "ORKNEY Islands Council" / "Orkney Islands Council": the same letters, each word the same
    /// but for its first letter or written in capitals, as a sentence's opening or a lead-in writes it; "Mcintosh" for
    /// "McIntosh" differs inside the word, so it is a slip wherever it stands.
    /// </summary>
    public static bool HasOnlyWordInitialCaseDifference(string a, string b)
    {
        if (!HasOnlyCaseDifference(a, b))
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= a.Length; i++)
        {
            if (i == a.Length || a[i] is ' ' or '-')
            {
                var x = a.AsSpan(start, i - start);
                var y = b.AsSpan(start, i - start);
                if (x.Length > 1 && !x[1..].SequenceEqual(y[1..]) && !IsAllUpper(x) && !IsAllUpper(y))
                {
                    return false;
                }

                start = i + 1;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "U.S. Geological Survey" / "US Geological Survey": the same letters, one with full stops between capitals (AP puts
    /// them in the body, not in a headline), one style of abbreviation, not two spellings of the name.
    /// </summary>
    public static bool HasOnlyFullStopDifference(string a, string b)
    {
        if (a.Length == b.Length || (!a.Contains('.') && !b.Contains('.')))
        {
            return false;
        }

        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                i++;
                j++;
            }
            else if (i < a.Length && a[i] == '.' && i > 0 && char.IsUpper(a[i - 1]))
            {
                i++;
            }
            else if (j < b.Length && b[j] == '.' && j > 0 && char.IsUpper(b[j - 1]))
            {
                j++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    public static string Ordinal(int line) => line.ToString(CultureInfo.InvariantCulture);
}
