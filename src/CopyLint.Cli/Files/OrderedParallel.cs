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
        // A big run goes in small batches of consecutive items: a hand-over per batch, not per file. Few batches in
        // flight, each of a few items: enough that no core idles while the consumer waits on the oldest, and few
        // documents alive at once, as every one alive when the collector runs is copied (measured on 2 cores: batches
        // of 2–4, 4 in flight, beat single files and batches of 16).
        var window = Math.Max(4, Environment.ProcessorCount * 2);
        var size = Math.Clamp(items.Count / (window * 32), 1, 4);
        var run = new Run<TSource, TResult>(items, work, size, window, cancellationToken);
        try
        {
            while (run.TakeReady() is { Count: > 0 } batches)
            {
                foreach (var batch in batches)
                {
                    foreach (var result in batch.Results())
                    {
                        yield return result;
                    }
                }
            }
        }
        finally
        {
            run.Stop();
        }
    }

    /// <summary>
    /// A worker thread for every core but one, and the consumer, each claiming the next batch in input order and
    /// parking it in a ring of <c>window</c> slots; the consumer takes the slots in order, and when the next is not
    /// ready it runs a batch itself rather than sleep. Claiming, parking and taking need no lock (an interlocked counter
    /// and volatile slots): the monitor is only where a side sleeps, the consumer when it can claim nothing (the
    /// window is full, or all is claimed) until the batch it waits for is parked, a worker until the slot of the batch
    /// it claimed is free. (With a worker a core and a consumer that only waited, every round of batches put the
    /// consumer to sleep and a worker woke it: thousands of futex calls a run, ~1.5 % of it.)
    /// </summary>
    /// <remarks>
    /// A sleeper announces itself, then checks its condition again before it waits (under the lock); a waker changes
    /// the state, then looks for a sleeper, and pulses under the lock. Both orders are fenced, so at least one side
    /// sees the other: a wake-up is never lost.
    /// </remarks>
    private sealed class Run<TSource, TResult>
    {
        private readonly IReadOnlyList<TSource> _items;
        private readonly Func<TSource, TResult> _work;
        private readonly int _size;
        private readonly int _batchCount;
        private readonly CancellationToken _cancellationToken;
        private readonly Batch<TResult>?[] _slots;
        private readonly Thread[] _workers;
        private readonly object _gate = new();
        private int _claimed; // batches claimed by workers or the consumer
        private int _taken; // batches handed to the consumer's caller
        private int _workersWaiting;
        private int _consumerWaiting;
        private volatile bool _stopped;

        public Run(IReadOnlyList<TSource> items, Func<TSource, TResult> work, int size, int window, CancellationToken cancellationToken)
        {
            (_items, _work, _size, _cancellationToken) = (items, work, size, cancellationToken);
            _batchCount = (items.Count + size - 1) / size;
            _slots = new Batch<TResult>?[window];
            // No more workers than batches the consumer leaves them: a one-file run starts no thread.
            _workers = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount - 1, _batchCount - 1))];
            for (var i = 0; i < _workers.Length; i++)
            {
                _workers[i] = new Thread(Work) { IsBackground = true, Name = "copylint worker" };
                _workers[i].Start();
            }
        }

        /// <summary>The next batches in order, as many as are ready and at least one; none when all were taken.</summary>
        public List<Batch<TResult>> TakeReady()
        {
            while (!NextReady())
            {
                if (ClaimForConsumer() is { } claimed)
                {
                    Park(claimed);
                    continue;
                }

                lock (_gate)
                {
                    Interlocked.Exchange(ref _consumerWaiting, 1);
                    while (!NextReady())
                    {
                        Monitor.Wait(_gate);
                    }

                    _consumerWaiting = 0;
                }
            }

            var ready = new List<Batch<TResult>>();
            var taken = _taken;
            for (Batch<TResult>? batch; taken < _batchCount && (batch = Volatile.Read(ref _slots[taken % _slots.Length])) is not null; taken++)
            {
                ready.Add(batch);
                _slots[taken % _slots.Length] = null;
            }

            // Publishing the new count with a full fence, then looking for sleepers: see the remarks.
            Interlocked.Exchange(ref _taken, taken);
            if (Volatile.Read(ref _workersWaiting) > 0)
            {
                Wake();
            }

            return ready;
        }

        /// <summary>Ends the run (all taken, or the consumer stopped or failed): workers finish their batch and quit.</summary>
        public void Stop()
        {
            _stopped = true;
            Wake();
            foreach (var worker in _workers)
            {
                worker.Join();
            }
        }

        private void Wake()
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>Whether the next batch to take is parked, or all were taken.</summary>
        private bool NextReady()
        {
            var taken = Volatile.Read(ref _taken);
            return taken == _batchCount || Volatile.Read(ref _slots[taken % _slots.Length]) is not null;
        }

        /// <summary>The next batch, when one is left whose slot is free (the consumer cannot wait for a slot it frees itself).</summary>
        private int? ClaimForConsumer()
        {
            for (var next = Volatile.Read(ref _claimed); next < _batchCount && next < _taken + _slots.Length; next = Volatile.Read(ref _claimed))
            {
                if (Interlocked.CompareExchange(ref _claimed, next + 1, next) == next)
                {
                    return next;
                }
            }

            return null;
        }

        private void Work()
        {
            while (Interlocked.Increment(ref _claimed) - 1 is var claimed && claimed < _batchCount && SlotFree(claimed))
            {
                Park(claimed);

                // Parked with a full fence, then looking for a waiting consumer: see the remarks.
                if (Volatile.Read(ref _consumerWaiting) != 0 && NextReady())
                {
                    Wake();
                }
            }
        }

        /// <summary>Runs batch <paramref name="claimed"/> and parks it in its slot, with a full fence.</summary>
        private void Park(int claimed)
        {
            var from = claimed * _size;
            var batch = Batch<TResult>.Run(_items, from, Math.Min(_items.Count, from + _size), _work, _cancellationToken);
            Interlocked.Exchange(ref _slots[claimed % _slots.Length], batch);
        }

        /// <summary>Waits until the slot of batch <paramref name="claimed"/> is free; false when the run stopped.</summary>
        private bool SlotFree(int claimed)
        {
            if (claimed >= Volatile.Read(ref _taken) + _slots.Length && !_stopped)
            {
                lock (_gate)
                {
                    Interlocked.Increment(ref _workersWaiting);
                    while (claimed >= Volatile.Read(ref _taken) + _slots.Length && !_stopped)
                    {
                        Monitor.Wait(_gate);
                    }

                    Interlocked.Decrement(ref _workersWaiting);
                }
            }

            return !_stopped;
        }
    }

    /// <summary>The results of a batch up to the first item whose work threw, and that exception, rethrown in order.</summary>
    private sealed class Batch<TResult>(List<TResult> done, ExceptionDispatchInfo? failure)
    {
        public static Batch<TResult> Run<TSource>(IReadOnlyList<TSource> items, int from, int to, Func<TSource, TResult> work, CancellationToken cancellationToken)
        {
            var done = new List<TResult>(to - from);
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
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
