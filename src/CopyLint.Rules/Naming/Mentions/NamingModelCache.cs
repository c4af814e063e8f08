using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Builds the naming model once per document and shares it between the naming analyzers of a run; the finder's lists
/// are the lint's, reused from document to document (<see cref="AnalysisContext.GetReused{T}"/>).
/// </summary>
public sealed class NamingModelCache
{
    private readonly MentionFinder _finder;

    // One delegate for every call, rather than one per analyzer per document.
    private readonly Func<Document, AnalysisContext, NamingModel> _build;

    public NamingModelCache(RuleDataSet data)
    {
        _finder = new(new NameLexicon(data));
        _build = Build;
    }

    public NamingModel For(AnalysisContext context) => context.GetShared(this, context, _build);

    private NamingModel Build(Document document, AnalysisContext context)
    {
        var lowercase = new LowercaseWords(document);
        // Reset by the finder: a fill has nothing to do.
        var scratch = context.GetReused<MentionFinder.Scratch>(typeof(MentionFinder.Scratch), static (_, _) => { });
        var mentions = _finder.Find(document, lowercase, scratch);
        return new NamingModel(document, _finder.Lexicon, mentions, lowercase);
    }
}
