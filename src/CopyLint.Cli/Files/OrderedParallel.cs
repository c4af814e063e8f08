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
    /// One worker thread a core, each claiming the next batch in input order and parking it in a ring of
    /// <c>window</c> slots; the consumer takes the slots in order. All wait on one monitor, blocking rather than
    /// spinning (a thread-pool task per batch left idle workers yielding in a loop, thousands of sched_yield a run),
    /// and a side is woken only when it can go on: the consumer once as many batches are ready as there are workers,
    /// so it sleeps and wakes once per round of batches rather than once per batch.
    /// </summary>
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
        private int _claimed; // batches handed to workers
        private int _taken; // batches handed to the consumer
        private int _workersWaiting;
        private bool _consumerWaiting;
        private bool _stopped;

        public Run(IReadOnlyList<TSource> items, Func<TSource, TResult> work, int size, int window, CancellationToken cancellationToken)
        {
            (_items, _work, _size, _cancellationToken) = (items, work, size, cancellationToken);
            _batchCount = (items.Count + size - 1) / size;
            _slots = new Batch<TResult>?[window];
            _workers = new Thread[Math.Min(Environment.ProcessorCount, _batchCount)];
            for (var i = 0; i < _workers.Length; i++)
            {
                _workers[i] = new Thread(Work) { IsBackground = true, Name = "copylint worker" };
                _workers[i].Start();
            }
        }

        /// <summary>The next batches in order, once a round of them is ready (fewer at the end); none when all were taken.</summary>
        public List<Batch<TResult>> TakeReady()
        {
            var ready = new List<Batch<TResult>>(_workers.Length);
            lock (_gate)
            {
                _consumerWaiting = true;
                while (!RoundReady())
                {
                    Monitor.Wait(_gate);
                }

                _consumerWaiting = false;
                for (Batch<TResult>? batch; _taken < _batchCount && (batch = _slots[_taken % _slots.Length]) is not null; _taken++)
                {
                    ready.Add(batch);
                    _slots[_taken % _slots.Length] = null;
                }

                if (_workersWaiting > 0)
                {
                    Monitor.PulseAll(_gate);
                }
            }

            return ready;
        }

        /// <summary>Ends the run (all taken, or the consumer stopped or failed): workers finish their batch and quit.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopped = true;
                Monitor.PulseAll(_gate);
            }

            foreach (var worker in _workers)
            {
                worker.Join();
            }
        }

        private bool RoundReady()
        {
            var round = Math.Min(_workers.Length, _batchCount - _taken);
            for (var i = 0; i < round; i++)
            {
                if (_slots[(_taken + i) % _slots.Length] is null)
                {
                    return false;
                }
            }

            return true;
        }

        private void Work()
        {
            int? index;
            lock (_gate)
            {
                index = Claim();
            }

            while (index is { } claimed)
            {
                var from = claimed * _size;
                var batch = Batch<TResult>.Run(_items, from, Math.Min(_items.Count, from + _size), _work, _cancellationToken);

                // Parking a batch and claiming the next under one lock: half the lock traffic of taking it twice.
                lock (_gate)
                {
                    _slots[claimed % _slots.Length] = batch;
                    if (_consumerWaiting && RoundReady())
                    {
                        Monitor.PulseAll(_gate);
                    }

                    index = Claim();
                }
            }
        }

        /// <summary>
        /// Under the lock: the next batch to run, once its slot is free; null when all are claimed or the run stopped.
        /// </summary>
        private int? Claim()
        {
            while (!_stopped && _claimed < _batchCount && _claimed >= _taken + _slots.Length)
            {
                _workersWaiting++;
                Monitor.Wait(_gate);
                _workersWaiting--;
            }

            return _stopped || _claimed == _batchCount ? null : _claimed++;
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
