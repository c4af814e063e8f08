using System.Collections.Frozen;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Naming;

/// <summary>
/// A word list of the naming lexicon, matched exactly as written and asked about most words of every name: a
/// case-insensitive <see cref="WordSet"/> turns most words away for a multiplication and an empty bucket,
/// and only the rest reach the frozen set, which hashes the whole word. Every word the set holds passes the table, so
/// the answer is the set's.
/// </summary>
internal sealed class NameWordSet
{
    private readonly WordSet _screen;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public NameWordSet(FrozenSet<string> words)
    {
        _screen = new(words);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _screen.Contains(word) && _words.Contains(word);
}
