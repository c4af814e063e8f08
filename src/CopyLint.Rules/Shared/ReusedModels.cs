using System.Runtime.InteropServices;

namespace CopyLint.Rules.Shared;

/// <summary>
/// The models of one kind a document has, one per set of options that shapes them differently (usually one), kept
/// with those of earlier documents to be filled again: the lint's (<see cref="Engine.AnalysisContext.GetReused{T}"/>),
/// cleared for each document.
/// </summary>
internal sealed class ReusedModels<T>
    where T : class, new()
{
    private readonly List<T> _models = [];
    private int _built;

    /// <summary>The models built for this document.</summary>
    public ReadOnlySpan<T> Built => CollectionsMarshal.AsSpan(_models)[.._built];

    /// <summary>Starts a document: none built.</summary>
    public void Clear() => _built = 0;

    /// <summary>A model to fill: one kept from an earlier document, or a new one.</summary>
    public T Spare()
    {
        if (_built == _models.Count)
        {
            _models.Add(new T());
        }

        return _models[_built];
    }

    /// <summary>Counts the spare, once filled, among the document's models (a fill that threw is not counted, and is redone).</summary>
    public void Keep() => _built++;
}
