namespace CopyLint.Engine;

/// <summary>
/// Objects one lint at a time reuses from document to document: the buffers of models a document fills anew
/// (<see cref="AnalysisContext.GetReused{T}"/>), whose arrays grow to the largest document seen instead of being
/// allocated, and cleared, for every file. A <see cref="Linter"/> hands each lint its own (see <see cref="ScratchPool"/>),
/// so what a scratch holds is never shared between threads.
/// </summary>
public sealed class AnalysisScratch
{
    // A handful of keys (one per reused model), looked up in a loop like the context's shared models.
    private (object Key, object Value)[] _items = new (object, object)[4];
    private int _count;

    /// <summary>The object kept under <paramref name="key"/>, made the first time it is asked for.</summary>
    internal T Get<T>(object key)
        where T : class, new()
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_items[i].Key, key) || _items[i].Key.Equals(key))
            {
                return (T)_items[i].Value;
            }
        }

        var value = new T();
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = (key, value);
        return value;
    }
}
