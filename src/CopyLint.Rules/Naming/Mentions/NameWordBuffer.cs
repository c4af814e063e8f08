namespace CopyLint.Rules.Naming;

/// <summary>
/// The words of a document's mentions, end to end in one array: each mention reads a slice of it rather than owning
/// an array of its own.
/// </summary>
/// <remarks>
/// A word once written never changes, so when the array fills, the words go on in another and the mentions
/// already made keep reading the old.
/// </remarks>
internal sealed class NameWordBuffer(int capacity)
{
    private readonly int _capacity = Math.Max(capacity, 8);
    private NameWord[]? _words;
    private int _count;

    /// <summary>Copies <paramref name="words"/> in; the array and offset they can be read from.</summary>
    public NameWord[] Append(ReadOnlySpan<NameWord> words, out int start)
    {
        if (_words is null || _count + words.Length > _words.Length)
        {
            // A document with more names than foreseen goes on in arrays a quarter of the first: little is left unused.
            _words = new NameWord[Math.Max(_words is null ? _capacity : _capacity / 4, words.Length)];
            _count = 0;
        }

        start = _count;
        words.CopyTo(_words.AsSpan(_count));
        _count += words.Length;
        return _words;
    }
}
