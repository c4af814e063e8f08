using System.Buffers;
using System.Collections.Frozen;

namespace CopyLint.Rules.Naming;

/// <summary>One rejected spelling of a name: its words, the canonical name, and contexts where it is left alone.</summary>
public sealed record NameVariant(string[] Words, string Canonical, IReadOnlyList<string[]> Exceptions);

/// <summary>
/// The house name authority (rules/lists/name-authority.txt plus the user's entries): lines of
/// "Canonical = variant | variant | !exception context", indexed by each variant's first word.
/// </summary>
public sealed class NameAuthority
{
    public NameAuthority(IReadOnlyList<string> lines)
    {
        var byFirstWord = new Dictionary<string, List<NameVariant>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var canonical = line[..equals].Trim();
            var items = line[(equals + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var exceptions = items.Where(v => v.StartsWith('!')).Select(v => Words(v[1..])).ToList();
            foreach (var variant in items.Where(v => !v.StartsWith('!') && v != canonical))
            {
                var words = Words(variant);
                (byFirstWord.TryGetValue(words[0], out var list) ? list : byFirstWord[words[0]] = []).Add(new NameVariant(words, canonical, exceptions));
            }
        }

        // Longest variants first, so "Kim Jong-un" wins over a shorter variant that starts the same way.
        Variants = byFirstWord.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(v => v.Words.Length).ToArray(), StringComparer.Ordinal);
        VariantsByFirstWord = Variants.GetAlternateLookup<ReadOnlySpan<char>>();
        var byStart = Variants.Keys.GroupBy(word => word[0]).ToArray();
        _startChars = [.. byStart.Select(g => g.Key)];
        _firstWordsByStart = [.. byStart.Select(g => g.ToArray())];
        _starts = SearchValues.Create(_startChars);
        _secondWords = Variants.Values.SelectMany(variants => variants).Where(v => v.Words.Length > 1).Select(v => v.Words[1])
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The second words of the variants of two words or more.</summary>
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _secondWords;

    /// <summary>
    /// Some variant of two words or more has <paramref name="word"/> for its second word: when the word after a variant's
    /// first word is none of them, only the one-word variants need be compared ("Kim" is followed by "Jong" far more
    /// often than by "Jong-un").
    /// </summary>
    public bool IsSecondWord(ReadOnlySpan<char> word) => _secondWords.Contains(word);

    public FrozenDictionary<string, NameVariant[]> Variants { get; }

    /// <summary><see cref="Variants"/> looked up by a slice of a token, with no string for the slice.</summary>
    public FrozenDictionary<string, NameVariant[]>.AlternateLookup<ReadOnlySpan<char>> VariantsByFirstWord { get; }

    /// <summary>The characters variants start with.</summary>
    private readonly SearchValues<char> _starts;

    /// <summary>The characters variants start with, and the variants' first words that start with each.</summary>
    private readonly char[] _startChars;
    private readonly string[][] _firstWordsByStart;

    /// <summary>Where in <paramref name="text"/> the first character some variant starts with stands, or -1: a vectorised search.</summary>
    public int IndexOfVariantStart(ReadOnlySpan<char> text) => text.IndexOfAny(_starts);

    /// <summary>
    /// Some variant's first word starts <paramref name="text"/>, as it must where a variant is written ("Kim" in "Kim
    /// Jong-un", but not "Korea"): a test of a few characters before the token there is looked for.
    /// </summary>
    public bool MayStartVariantAt(ReadOnlySpan<char> text)
    {
        // A few characters: a loop over them is cheaper than a call to search them, or a look-up.
        for (var start = 0; start < _startChars.Length; start++)
        {
            if (_startChars[start] == text[0])
            {
                foreach (var word in _firstWordsByStart[start])
                {
                    // The second character turns most capitals away before the words are compared ("Korea" for "Kim").
                    if ((word.Length == 1 || (text.Length > 1 && text[1] == word[1])) && text.StartsWith(word, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="form"/> (words one space apart) is a variant the authority replaces with <paramref name="canonical"/>.</summary>
    public bool Replaces(string form, string canonical)
    {
        var space = form.IndexOf(' ');
        return VariantsByFirstWord.TryGetValue(space < 0 ? form : form.AsSpan(0, space), out var variants)
            && variants.Any(v => v.Canonical == canonical && string.Join(' ', v.Words) == form);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
