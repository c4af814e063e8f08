using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>The Attribution family's analyzers (CL3xxx).</summary>
public static class AttributionRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data) =>
    [
        new UnattributedFigureAnalyzer(data),
        new VagueAttributionAnalyzer(data),
        new UnattributedQuoteAnalyzer(data),
    ];
}
