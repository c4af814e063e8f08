using BenchmarkDotNet.Attributes;
using CopyLint.Engine;
using CopyLint.Rules;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>
/// Each rule family over every copy file of ../shared and examples/ (parsed beforehand): one operation is one pass
/// over the whole set. Run: dotnet run -c Release --project bench/CopyLint.Benchmarks -- --filter '*SharedCorpus*'
/// </summary>
[MemoryDiagnoser]
public class SharedCorpusBenchmarks
{
    private readonly RuleDataSet _data = EmbeddedRuleData.Load();
    private Document[] _documents = [];
    private Linter _family = null!;

    [Params(RuleCategory.Boilerplate, RuleCategory.Naming, RuleCategory.Attribution, RuleCategory.Typography)]
    public RuleCategory Family { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzers = BuiltInRules.Create(_data).Where(a => a.SupportedDiagnostics.Any(d => d.Category == Family));
        _family = new Linter(new RuleSet(analyzers), _data);
        _documents = [.. Articles.SharedAndExamples().Select(source => Document.Parse(source))];
    }

    [Benchmark(Description = "family over ../shared and examples/")]
    public int FamilyOverSharedAndExamples()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += _family.Lint(document, LintSettings.Default).Diagnostics.Count;
        }

        return count;
    }
}
