namespace CopyLint.Cli.Output;

/// <summary>
/// Collects what is written and hands it to <paramref name="inner"/> in one piece on <see cref="Flush"/>. The console
/// flushes on every write, a system call each: a file's report goes out in one instead of one per line and excerpt.
/// </summary>
internal sealed class BatchingWriter(TextWriter inner) : StringWriter
{
    private const int FullLength = 32 * 1024;

    /// <summary>
    /// <see cref="Flush"/> once enough has collected: where nobody watches the report arrive (a pipe or a file), a
    /// run of small files makes one write a few dozen files rather than one a file.
    /// </summary>
    public void FlushWhenFull()
    {
        if (GetStringBuilder().Length >= FullLength)
        {
            Flush();
        }
    }

    public override void Flush()
    {
        var text = GetStringBuilder();
        if (text.Length > 0)
        {
            // The collected pieces as they are: no string of the whole batch (64 KB a flush) to write and drop.
            foreach (var chunk in text.GetChunks())
            {
                inner.Write(chunk.Span);
            }

            text.Clear();
        }

        inner.Flush();
    }
}
