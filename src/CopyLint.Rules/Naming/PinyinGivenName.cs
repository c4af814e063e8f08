using System.Text.RegularExpressions;

namespace CopyLint.Rules.Naming;

/// <summary>
/// A one-word Chinese given name in pinyin: one or two syllables written together ("Jinping", "Qiang", "Chuqin").
/// Four letters at least, so short words that happen to spell a syllable ("Bo", "Tan") are not taken for one.
/// </summary>
internal static partial class PinyinGivenName
{
    private const string Syllable =
        "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)";

    /// <summary>A pinyin word of any length from two letters ("Yi", "Wei"): only where the name's order is known.</summary>
    public static bool IsShort(string word) => word.Length is >= 2 and <= 10 && char.IsUpper(word[0]) && Shape().IsMatch(word);

    public static bool Is(string word) => word.Length is >= 4 and <= 10 && char.IsUpper(word[0]) && Shape().IsMatch(word);

    [GeneratedRegex($"^(?i:{Syllable}){{1,2}}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
