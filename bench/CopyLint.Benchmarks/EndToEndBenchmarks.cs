using BenchmarkDotNet.Attributes;
using CopyLint.Engine;
using CopyLint.Rules;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>Every built-in rule on one ~800-word article, parse included: the figure the 50 MB/s-per-core target is about.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private readonly Linter _linter = new(BuiltInRules.CreateDefaultRuleSet(), EmbeddedRuleData.Load());
    private readonly SourceText _source = new(Articles.Realistic, "article.txt");

    [Benchmark(Description = "parse + all rules")]
    public LintResult Lint() => _linter.Lint(_source, LintSettings.Default);
}
