using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Builds the naming model once per document and shares it between the naming analyzers of a run; the finder's lists
/// are the lint's, reused from document to document (<see cref="AnalysisContext.GetReused{T}"/>).
/// </summary>
public sealed class NamingModelCache
{
    private readonly MentionFinder _finder;

    // One delegate for every call, rather than one per analyzer per document.
    private readonly Action<Built, AnalysisContext> _build;

    public NamingModelCache(RuleDataSet data)
    {
        _finder = new(new NameLexicon(data));
        _build = Build;
    }

    public NamingModel For(AnalysisContext context) => context.GetReused(this, _build).Model;

    private void Build(Built built, AnalysisContext context)
    {
        var document = context.Document;
        var lowercase = new LowercaseWords(document);
        var mentions = _finder.Find(document, lowercase, built.Scratch ??= new MentionFinder.Scratch(document.Tokens.Count / 16));
        built.Model = new NamingModel(document, _finder.Lexicon, mentions, lowercase);
    }

    /// <summary>The document's model and the finder's lists it was found with.</summary>
    private sealed class Built
    {
        public NamingModel Model { get; set; } = null!;

        public MentionFinder.Scratch? Scratch { get; set; }
    }
}
