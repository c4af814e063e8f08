using System.Diagnostics;
using CopyLint.Cli.Files;

namespace CopyLint.Cli.Tests;

public sealed class PlumbingTests
{
    [Fact]
    public void Ordered_parallel_keeps_input_order_whatever_finishes_first()
    {
        var items = Enumerable.Range(0, 50).ToList();

        var results = OrderedParallel.Select(items, i =>
        {
            Thread.Sleep((50 - i) % 7);
            return i * 2;
        }).ToList();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void Ordered_parallel_yields_every_result_before_a_failure_then_its_exception()
    {
        var items = Enumerable.Range(0, 3000).ToList();
        var yielded = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in OrderedParallel.Select(items, i => i == 2001 ? throw new InvalidOperationException("item 2001") : i))
            {
                yielded.Add(result);
            }
        });

        Assert.Equal("item 2001", error.Message);
        Assert.Equal(items.Take(2001), yielded);
    }

    [Fact]
    public void Ordered_parallel_stops_its_workers_when_the_consumer_stops()
    {
        var items = Enumerable.Range(0, 10_000).ToList();
        var started = 0;

        var taken = OrderedParallel.Select(items, i =>
        {
            Interlocked.Increment(ref started);
            return i;
        }).Take(10).ToList();
        var afterStop = Volatile.Read(ref started);
        Thread.Sleep(50);

        Assert.Equal(items.Take(10), taken);
        Assert.InRange(afterStop, 10, 100); // the window in flight, not the whole list
        Assert.Equal(afterStop, Volatile.Read(ref started));
    }

    [Fact]
    public void Ordered_parallel_handles_no_items_and_fewer_items_than_cores()
    {
        Assert.Empty(OrderedParallel.Select(Array.Empty<int>(), i => i));
        Assert.Equal([2], OrderedParallel.Select([1], i => i * 2));
    }

    [Fact]
    public void Ordered_parallel_yields_the_results_before_a_cancellation_then_stops()
    {
        var items = Enumerable.Range(0, 10_000).ToList();
        var yielded = new List<int>();
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var result in OrderedParallel.Select(items, i => i, cancellation.Token))
            {
                yielded.Add(result);
                if (result == 500)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(items.Take(yielded.Count), yielded);
        Assert.InRange(yielded.Count, 501, 1000); // what was in flight, not the rest of the list
    }

    [Fact]
    public void Ordered_parallel_hands_over_every_result_in_order_however_the_two_sides_race()
    {
        // Workers and consumer each pause at random: either side is often the one asleep, and a lost wake-up hangs.
        var random = new Random(7);
        for (var run = 0; run < 300; run++)
        {
            var items = Enumerable.Range(0, random.Next(0, 60)).ToList();
            var workPause = random.Next(0, 3);
            var results = new List<int>();
            foreach (var result in OrderedParallel.Select(items, i =>
            {
                Thread.SpinWait(i % 5 * workPause * 500);
                return i;
            }))
            {
                Thread.SpinWait(result % 3 * (2 - workPause) * 500);
                results.Add(result);
            }

            Assert.Equal(items, results);
        }
    }

    [Fact]
    public void Atomic_write_replaces_the_content_and_keeps_the_mode()
    {
        var path = Path.Combine(Path.GetTempPath(), $"copylint-atomic-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "old");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        AtomicFile.WriteAllBytes(path, "new"u8.ToArray());

        Assert.Equal("new", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        }

        File.Delete(path);
    }

    [Fact]
    public void The_real_process_reports_and_exits_1_on_findings()
    {
        var file = Path.Combine(Path.GetTempPath(), $"copylint-smoke-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "It was was late.\n");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "copylint.dll"), "check", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        File.Delete(file);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(":1:4: warning CL5001 'was' is repeated", output);
    }
}
