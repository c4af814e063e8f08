namespace CopyLint.Text;

/// <summary>
/// Lends the documents one thread parses a token array in turn, so a run of many documents does not allocate (and
/// have the collector clear) a fresh array for each. Not thread-safe: one per worker thread.
/// </summary>
public sealed class TokenBuffer
{
    /// <summary>
    /// The longest array kept (1 MB, the tokens of ~170 KB of copy): a run's one huge file should not hold its array,
    /// and the strings its tokens point to, for the rest of the run.
    /// </summary>
    internal const int MaxKept = 1 << 16;

    private Token[]? _free;

    /// <summary>
    /// Hands a parsed document's token array to the next parse through this buffer. The caller must be done with the
    /// document: its tokens, and the paragraphs' and sentences' that are cut from them, are overwritten.
    /// </summary>
    public void Recycle(Document document) => _free = document.Tokens.Array is { Length: <= MaxKept } array ? array : null;

    /// <summary>The recycled array, if there is one, for the caller alone.</summary>
    internal Token[]? Take()
    {
        var free = _free;
        _free = null;
        return free;
    }
}
