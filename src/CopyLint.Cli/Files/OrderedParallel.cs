using System.Runtime.ExceptionServices;

namespace CopyLint.Cli.Files;

/// <summary>
/// Runs work on all cores but yields results in input order, keeping only a small window of items in flight, so a
/// big run streams its output instead of holding every file in memory.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Select<TSource, TResult>(IReadOnlyList<TSource> items, Func<TSource, TResult> work, CancellationToken cancellationToken = default)
    {
        // A big run goes in small batches of consecutive items: a task and a wait by the consumer per batch, not per
        // file. Few batches in flight, each of a few items: enough that no core idles while the consumer waits on the
        // oldest, and few documents alive at once, as every one alive when the collector runs is copied (measured on
        // 2 cores: batches of 2–4, 4 in flight, beat single files and batches of 16).
        var window = Math.Max(4, Environment.ProcessorCount * 2);
        var size = Math.Clamp(items.Count / (window * 32), 1, 4);
        var running = new Queue<Task<Batch<TResult>>>();
        for (var start = 0; start < items.Count; start += size)
        {
            if (running.Count >= window)
            {
                foreach (var result in running.Dequeue().GetAwaiter().GetResult().Results())
                {
                    yield return result;
                }
            }

            var (from, to) = (start, Math.Min(items.Count, start + size));
            running.Enqueue(Task.Run(() => Batch<TResult>.Run(items, from, to, work), cancellationToken));
        }

        while (running.Count > 0)
        {
            foreach (var result in running.Dequeue().GetAwaiter().GetResult().Results())
            {
                yield return result;
            }
        }
    }

    /// <summary>The results of a batch up to the first item whose work threw, and that exception, rethrown in order.</summary>
    private sealed class Batch<TResult>(List<TResult> done, ExceptionDispatchInfo? failure)
    {
        public static Batch<TResult> Run<TSource>(IReadOnlyList<TSource> items, int from, int to, Func<TSource, TResult> work)
        {
            var done = new List<TResult>(to - from);
            try
            {
                for (var i = from; i < to; i++)
                {
                    done.Add(work(items[i]));
                }
            }
            catch (Exception e)
            {
                return new Batch<TResult>(done, ExceptionDispatchInfo.Capture(e));
            }

            return new Batch<TResult>(done, null);
        }

        public IEnumerable<TResult> Results()
        {
            foreach (var result in done)
            {
                yield return result;
            }

            failure?.Throw();
        }
    }
}
