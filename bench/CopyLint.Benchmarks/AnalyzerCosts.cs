using System.Diagnostics;
using CopyLint.Engine;
using CopyLint.Rules;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>
/// A quick table of what each analyzer costs on the copy the corpus benchmark is made of (the seeds and examples/,
/// or the files named): microseconds per file (best of several batches) and bytes allocated per file. BenchmarkDotNet
/// is the reference; this answers "which analyzer is the hot spot" in seconds, and is what the optimisation notes in
/// bench/RESULTS.md quote. Run it with tiering off so the code measured is fully optimised from the start:
/// <c>DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/CopyLint.Benchmarks -- costs [files…]</c>.
/// </summary>
internal static class AnalyzerCosts
{
    private const int Batches = 10;

    public static void Run(IReadOnlyList<string> files)
    {
        var sources = files.Count > 0 ? [.. files.Select(SourceText.FromFile)] : Articles.CorpusSources();
        var documents = sources.Select(source => Document.Parse(source)).ToArray();
        var bytes = sources.Sum(s => (long)s.Text.Length);
        var data = EmbeddedRuleData.Load();
        var analyzers = BuiltInRules.Create(data).ToList();
        var repeat = Math.Max(1, 400_000 / (int)Math.Max(1, bytes));
        Console.WriteLine($"{sources.Count} files, {bytes:N0} chars; µs and bytes per file, best of {Batches} batches of {repeat} passes");

        Measure("Document.Parse", repeat, sources.Count, () => { foreach (var s in sources) Document.Parse(s); });
        Measure("linter, no rules", repeat, sources.Count, LintAll(new Linter(new RuleSet([]), data), documents));
        foreach (var analyzer in analyzers)
        {
            var name = string.Join(",", analyzer.SupportedDiagnostics.Select(d => d.Id)) + " " + analyzer.GetType().Name;
            Measure(name, repeat, sources.Count, LintAll(new Linter(new RuleSet([analyzer]), data), documents));
        }

        foreach (var family in analyzers.GroupBy(a => a.SupportedDiagnostics[0].Category))
        {
            Measure($"family {family.Key}", repeat, sources.Count, LintAll(new Linter(new RuleSet(family), data), documents));
        }

        var all = new Linter(new RuleSet(analyzers), data);
        Measure("ALL rules on parsed documents", repeat, sources.Count, LintAll(all, documents));
        var micros = Measure("ALL rules, parse included", repeat, sources.Count, () =>
        {
            foreach (var s in sources) all.Lint(s, LintSettings.Default);
        });
        Console.WriteLine($"=> {bytes / (micros * sources.Count):F1} MB/s per core in process");
    }

    private static Action LintAll(Linter linter, Document[] documents) => () =>
    {
        foreach (var d in documents) linter.Lint(d, LintSettings.Default);
    };

    private static double Measure(string name, int repeat, int files, Action pass)
    {
        pass();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var best = double.MaxValue;
        for (var batch = 0; batch < Batches; batch++)
        {
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < repeat; i++) pass();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds / repeat / files);
        }

        var perFile = (GC.GetAllocatedBytesForCurrentThread() - allocated) / ((long)Batches * repeat * files);
        Console.WriteLine($"{name,-58} {best,9:F1} µs {perFile,10:N0} B");
        return best;
    }
}
