using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>Builds the naming model once per document and shares it between the naming analyzers of a run.</summary>
public sealed class NamingModelCache(RuleDataSet data)
{
    private readonly MentionFinder _finder = new(new NameLexicon(data));

    public NamingModel For(AnalysisContext context) => context.GetShared(this, Build);

    private NamingModel Build(Document document)
    {
        var lowercase = MentionFinder.LowercaseWords(document);
        var mentions = _finder.Find(document, lowercase);
        return new NamingModel(document, _finder.Lexicon, mentions, lowercase);
    }
}
