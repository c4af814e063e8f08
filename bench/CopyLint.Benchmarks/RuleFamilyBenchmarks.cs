using BenchmarkDotNet.Attributes;
using CopyLint.Engine;
using CopyLint.Rules;
using CopyLint.Text;

namespace CopyLint.Benchmarks;

/// <summary>
/// Each rule family alone over one parsed ~800-word article. A family with no rules yet measures the linter's own
/// overhead (suppression parsing, ordering).
/// </summary>
[MemoryDiagnoser]
public class RuleFamilyBenchmarks
{
    private readonly RuleDataSet _data = EmbeddedRuleData.Load();
    private readonly SourceText _source = new(Articles.Realistic, "article.txt");
    private Document _document = null!;
    private Linter _family = null!;

    [Params(RuleCategory.Boilerplate, RuleCategory.Naming, RuleCategory.Attribution, RuleCategory.NumbersAndDates, RuleCategory.Typography)]
    public RuleCategory Family { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var analyzers = BuiltInRules.Create(_data).ToList();
        _family = new Linter(new RuleSet(analyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Category == Family))), _data);
        _document = Document.Parse(_source);
    }

    [Benchmark(Description = "family on a parsed document")]
    public LintResult FamilyOnly() => _family.Lint(_document, LintSettings.Default);
}
