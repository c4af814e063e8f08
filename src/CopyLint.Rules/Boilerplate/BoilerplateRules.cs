using CopyLint.Engine;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// The Boilerplate family's code analyzers (CL1001–CL1005). Rules that are only a pattern (CL1101 onward) are
/// declarative, in rules/packs/boilerplate.yaml.
/// </summary>
public static class BoilerplateRules
{
    public static IEnumerable<Analyzer> Create(RuleDataSet data)
    {
        var captions = new PhotoCaptionAnalyzer(data);
        return
        [
            new RelatedContentAnalyzer(data),
            new SocialPostAnalyzer(data),
            new PhotoCreditAnalyzer(data, captions),
            captions,
            new ScrapedMetadataAnalyzer(data),
        ];
    }
}
