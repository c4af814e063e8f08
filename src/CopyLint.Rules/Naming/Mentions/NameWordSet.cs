using System.Runtime.CompilerServices;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>
/// A word list of the naming lexicon, matched exactly as written and asked about most words of every name: a
/// case-insensitive <see cref="WordTable{TValue}"/> turns most words away for a multiplication and an empty bucket,
/// and a word it holds is compared with the spellings the list gives of it (one, mostly: "The" and "the" are two), so
/// no word is hashed whole.
/// </summary>
internal sealed class NameWordSet
{
    /// <summary>Per word ignoring case, the index of its spellings in <see cref="_spellings"/> (an int: a table of a value type is not shared code).</summary>
    private readonly WordTable<int> _words;

    private readonly string[][] _spellings;

    public NameWordSet(IEnumerable<string> words)
    {
        var groups = words.Distinct(StringComparer.Ordinal).GroupBy(word => word, StringComparer.OrdinalIgnoreCase).ToArray();
        _spellings = [.. groups.Select(group => group.ToArray())];
        _words = new(groups.Select((group, index) => KeyValuePair.Create(group.Key, index)), (a, _) => a);
    }

    /// <summary>Inlined where it is asked, as the table's look-up is: most words are turned away without a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word) => _words.TryGetValue(word, out var group) && IsSpelledAs(word, group);

    private bool IsSpelledAs(ReadOnlySpan<char> word, int group)
    {
        foreach (var spelling in _spellings[group])
        {
            if (word.SequenceEqual(spelling))
            {
                return true;
            }
        }

        return false;
    }
}
