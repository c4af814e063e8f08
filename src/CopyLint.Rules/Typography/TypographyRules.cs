using CopyLint.Engine;

namespace CopyLint.Rules.Typography;

/// <summary>The Typography family's analyzers (CL5xxx).</summary>
public static class TypographyRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data) => [new RepeatedWordAnalyzer(data), new RepeatedPhraseAnalyzer(data), new RepeatedPassageAnalyzer(data)];
}
