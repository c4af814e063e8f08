using System.Text.RegularExpressions;

namespace CopyLint.Rules.Naming;

/// <summary>
/// A Japanese given name in Hepburn romanisation ("Ryoichi", "Takuya", "Shohei"): syllables of a consonant (or none) and
/// a vowel, a syllabic "n", a doubled consonant. Asked only after a Japanese family name, where the order is known;
/// five letters at least, and no "l", "v", "q" or "x", so English words after a family name ("Tanaka Holdings") are not taken.
/// </summary>
internal static partial class JapaneseGivenName
{
    public static bool Is(string word) => word.Length is >= 5 and <= 10 && char.IsUpper(word[0]) && Shape().IsMatch(word);

    [GeneratedRegex("^(?i:(?:[kstp](?=[kstpc]))?(?:ky|gy|sh|ch|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmyrwfj])?[aiueo]|n(?![aiueoy]))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
