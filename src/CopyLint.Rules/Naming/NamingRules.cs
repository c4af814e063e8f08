using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>The Naming family's analyzers (CL2xxx). Those that read mentions share one naming model per document.</summary>
public static class NamingRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data)
    {
        var cache = new NamingModelCache(data);
        return
        [
            new InconsistentNameAnalyzer(cache),
            new FamilyNameFirstAnalyzer(cache),
            new HonorificStyleAnalyzer(cache),
            new AcronymAnalyzer(cache, data),
            new NameAuthorityAnalyzer(data),
            new SubjectNameTypoAnalyzer(cache),
        ];
    }
}
