using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>The Naming family's analyzers (CL2xxx). Those that read mentions share one naming model per document.</summary>
public static class NamingRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data)
    {
        var cache = new NamingModelCache(data);
        var authority = new NameAuthority(data.GetList("name-authority"));
        return
        [
            new InconsistentNameAnalyzer(cache, authority),
            new FamilyNameFirstAnalyzer(cache, data),
            new HonorificStyleAnalyzer(cache),
            new AcronymAnalyzer(cache, data),
            new NameAuthorityAnalyzer(authority),
            new SubjectNameTypoAnalyzer(cache),
        ];
    }
}
