using CopyLint.Engine;

namespace CopyLint.Rules.Shared;

/// <summary>A case-insensitive set of words from a word list, as cheap to ask about a word of running copy as <see cref="WordTable{TValue}"/>.</summary>
internal sealed class WordSet(IEnumerable<string> words)
{
    private readonly WordTable<bool> _words = new(words as IReadOnlyList<string> ?? [.. words]);

    /// <summary>The words of rules/lists/<paramref name="list"/>.txt.</summary>
    public static WordSet From(RuleDataSet data, string list) => new(data.GetList(list));

    public bool Contains(ReadOnlySpan<char> word) => _words.Contains(word);
}
