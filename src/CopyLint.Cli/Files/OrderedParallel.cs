namespace CopyLint.Cli.Files;

/// <summary>
/// Runs work on all cores but yields results in input order, keeping only a small window of items in flight, so a
/// big run streams its output instead of holding every file in memory.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> items, Func<TSource, TResult> work, CancellationToken cancellationToken = default)
    {
        // Enough files in flight that no core idles while the consumer waits on the oldest one; still a few dozen at most.
        var window = Math.Max(4, Environment.ProcessorCount * 4);
        var running = new Queue<Task<TResult>>();
        foreach (var item in items)
        {
            if (running.Count >= window)
            {
                yield return running.Dequeue().GetAwaiter().GetResult();
            }

            running.Enqueue(Task.Run(() => work(item), cancellationToken));
        }

        while (running.Count > 0)
        {
            yield return running.Dequeue().GetAwaiter().GetResult();
        }
    }
}
