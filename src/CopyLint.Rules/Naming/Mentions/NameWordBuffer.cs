using System.Runtime.CompilerServices;

namespace CopyLint.Rules.Naming;

/// <summary>
/// The words of a document's mentions, end to end in one array: each mention reads a slice of it rather than owning
/// an array of its own. The finder reads each run of names straight into it, after the words kept so far, and keeps
/// the run if it names someone; a run it drops is overwritten by the next.
/// </summary>
/// <remarks>
/// A word once kept never changes, so when the array fills, the run being read moves on to another and the mentions
/// already made keep reading the old.
/// </remarks>
internal sealed class NameWordBuffer
{
    private int _capacity;
    private NameWord[] _words = [];

    /// <summary>The array a document's words start in, kept for the next document's (<see cref="Reset"/>).</summary>
    private NameWord[] _first = [];

    public NameWordBuffer(int capacity) => Reset(capacity);

    /// <summary>
    /// Starts a document of about <paramref name="capacity"/> name words in the first array of the last one: a lint's
    /// buffer is reused from document to document, once the mentions of the one before are read no more.
    /// </summary>
    public void Reset(int capacity)
    {
        _capacity = Math.Max(capacity, 8);
        _words = _first.Length >= _capacity ? _first : [];
        _kept = 0;
        Count = 0;
    }

    /// <summary>The words kept: the run being read starts after them.</summary>
    private int _kept;

    /// <summary>The number of words of the run being read.</summary>
    public int Count { get; private set; }

    /// <summary>The run's word at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public ref NameWord this[int index] => ref _words[_kept + index];

    /// <summary>The words of the run being read.</summary>
    public ReadOnlySpan<NameWord> AsSpan() => new(_words, _kept, Count);

    /// <summary>Starts a new run, dropping the words of one not kept.</summary>
    public void Clear() => Count = 0;

    public void Add(NameWord word)
    {
        if (_kept + Count == _words.Length)
        {
            Grow();
        }

        _words[_kept + Count++] = word;
    }

    /// <summary>Moves the run being read to a new array: a document with more names than foreseen goes on in arrays a quarter of the first, so little is left unused.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        var next = new NameWord[Math.Max(_words.Length == 0 ? _capacity : _capacity / 4, Count * 2)];
        if (_words.Length == 0)
        {
            _first = next;
        }

        AsSpan().CopyTo(next);
        _words = next;
        _kept = 0;
    }

    /// <summary>Keeps the run's words; the array and offset they can be read from.</summary>
    public NameWord[] Keep(out int start)
    {
        start = _kept;
        _kept += Count;
        Count = 0;
        return _words;
    }
}
