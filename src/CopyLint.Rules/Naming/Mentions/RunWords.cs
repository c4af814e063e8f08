namespace CopyLint.Rules.Naming;

/// <summary>
/// The words of the run of names the finder is reading: scratch reused for every run of a document. Unlike a list, it
/// is emptied by forgetting its count, not by clearing the words' references run after run.
/// </summary>
internal sealed class RunWords
{
    private NameWord[] _words = new NameWord[8];

    public int Count { get; private set; }

    /// <summary>The word at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public ref NameWord this[int index] => ref _words[index];

    public ReadOnlySpan<NameWord> AsSpan() => new(_words, 0, Count);

    public void Clear() => Count = 0;

    public void Add(NameWord word)
    {
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, _words.Length * 2);
        }

        _words[Count++] = word;
    }
}
