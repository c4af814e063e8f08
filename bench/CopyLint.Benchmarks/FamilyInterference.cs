using CopyLint.Engine;
using CopyLint.Rules;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>
/// Why the rule families cost more together than the sum of each alone (bench/RESULTS.md, phase 17): the same work
/// arranged several ways, in alternating rounds of ~1 ms batches, timed by the thread's CPU clock. "Uninterrupted" is
/// the median of the batches no context switch cut (caches not refilled by another process mid-batch).
/// <c>DOTNET_TieredCompilation=0 dotnet run -c Release --project bench/CopyLint.Benchmarks -- interference [files…]</c>.
/// </summary>
internal static class FamilyInterference
{
    private const int Rounds = 7;
    private const int Batches = 30;
    private const double BatchMicroseconds = 1000;

    public static void Run(IReadOnlyList<string> files)
    {
        var sources = files.Count > 0 ? [.. files.Select(SourceText.FromFile)] : Articles.CorpusSources();
        var documents = sources.Select(source => Document.Parse(source)).ToArray();
        var data = EmbeddedRuleData.Load();
        var analyzers = BuiltInRules.Create(data).ToList();
        var families = analyzers.GroupBy(a => a.SupportedDiagnostics[0].Category).ToArray();
        var familyLinters = families.Select(f => new Linter(new RuleSet(f), data)).ToArray();
        var all = new Linter(new RuleSet(analyzers), data);
        var reversed = new Linter(new RuleSet(families.Reverse().SelectMany(f => f)), data);
        var flush = new long[1024 * 1024 / sizeof(long)];

        var variants = new List<(string Name, Action Pass)>();
        for (var i = 0; i < families.Length; i++)
        {
            variants.Add(($"family {families[i].Key} alone", LintAll(familyLinters[i], documents)));
        }

        variants.Add(("ALL rules, one linter", LintAll(all, documents)));
        variants.Add(("ALL rules, families in reverse order", LintAll(reversed, documents)));
        variants.Add(("the four family linters, each over every file in turn", () =>
        {
            foreach (var linter in familyLinters) foreach (var d in documents) linter.Lint(d, LintSettings.Default);
        }));
        variants.Add(("the four family linters on each file in turn", () =>
        {
            foreach (var d in documents) foreach (var linter in familyLinters) linter.Lint(d, LintSettings.Default);
        }));
        variants.Add(("ALL rules, each analyzer over 4 files before the next", () => AnalyzerByAnalyzer(analyzers, documents, data, 4)));
        variants.Add(("ALL rules, each analyzer over 1 file before the next", () => AnalyzerByAnalyzer(analyzers, documents, data, 1)));

        // Another family's footprint stood in by 1 MB read line by line before each file (the L2 of this machine's cores).
        variants.Add(("1 MB read per file", () =>
        {
            foreach (var d in documents) Read(flush);
        }));
        for (var i = 0; i < families.Length; i++)
        {
            var linter = familyLinters[i];
            variants.Add(($"family {families[i].Key}, 1 MB read before each file", () =>
            {
                foreach (var d in documents) { Read(flush); linter.Lint(d, LintSettings.Default); }
            }));
        }

        Console.WriteLine($"{sources.Count} files; thread CPU µs per file over {Rounds} rounds × {Batches} batches of ~{BatchMicroseconds} µs");
        var times = variants.Select(_ => new List<double>()).ToArray();
        var uninterrupted = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                var pass = variants[v].Pass;
                var start = ThreadClock.CpuMicroseconds();
                pass();
                var passes = Math.Max(1, (int)(BatchMicroseconds / Math.Max(1, ThreadClock.CpuMicroseconds() - start)));
                for (var batch = 0; batch < Batches; batch++)
                {
                    var switches = ThreadClock.ContextSwitches();
                    start = ThreadClock.CpuMicroseconds();
                    for (var i = 0; i < passes; i++) pass();
                    var perFile = (ThreadClock.CpuMicroseconds() - start) / passes / documents.Length;
                    times[v].Add(perFile);
                    if (ThreadClock.ContextSwitches() == switches) uninterrupted[v].Add(perFile);
                }
            }
        }

        for (var v = 0; v < variants.Count; v++)
        {
            Console.WriteLine($"{variants[v].Name,-56} min {times[v].Min(),6:F1}  median {Median(times[v]),6:F1}  uninterrupted {Median(uninterrupted[v]),6:F1} ({uninterrupted[v].Count}/{times[v].Count})");
        }
    }

    /// <summary>Each analyzer over a group of files before the next (one context a file, models shared as in a lint).</summary>
    private static void AnalyzerByAnalyzer(List<Analyzer> analyzers, Document[] documents, RuleDataSet data, int group)
    {
        var contexts = new AnalysisContext[group];
        for (var from = 0; from < documents.Length; from += group)
        {
            var count = Math.Min(group, documents.Length - from);
            for (var i = 0; i < count; i++)
            {
                contexts[i] = new AnalysisContext(documents[from + i], LintSettings.Default, data, default, shared: []);
            }

            foreach (var analyzer in analyzers)
            {
                for (var i = 0; i < count; i++) analyzer.Analyze(contexts[i]);
            }
        }
    }

    private static long Read(long[] buffer)
    {
        var sum = 0L;
        for (var i = 0; i < buffer.Length; i += 8) sum += buffer[i]; // one read a 64-byte line
        return sum;
    }

    private static double Median(List<double> values) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);

    private static Action LintAll(Linter linter, Document[] documents) => () =>
    {
        foreach (var d in documents) linter.Lint(d, LintSettings.Default);
    };
}
