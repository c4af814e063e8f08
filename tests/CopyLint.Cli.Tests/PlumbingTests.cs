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
