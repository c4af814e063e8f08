using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>Builds the naming model once per document and shares it between the naming analyzers of a run.</summary>
public sealed class NamingModelCache
{
    private readonly MentionFinder _finder;

    // One delegate for every call, rather than one per analyzer per document.
    private readonly Func<Document, NamingModel> _build;

    public NamingModelCache(RuleDataSet data)
    {
        _finder = new(new NameLexicon(data));
        _build = Build;
    }

    public NamingModel For(AnalysisContext context) => context.GetShared(this, _build);

    private NamingModel Build(Document document)
    {
        var lowercase = new LowercaseWords(document);
        var mentions = _finder.Find(document, lowercase);
        return new NamingModel(document, _finder.Lexicon, mentions, lowercase);
    }
}
