using System.Runtime.CompilerServices;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Builds the naming model once per document and shares it between the naming analyzers. The tables are keyed
/// weakly by document and rule data, so they hold nothing once a run is over, and are safe across threads.
/// </summary>
public sealed class NamingModelCache
{
    private readonly ConditionalWeakTable<Document, NamingModel> _models = [];
    private readonly PerDataSet<MentionFinder> _finders = new(d => new MentionFinder(new NameLexicon(d)));

    public NamingModel For(AnalysisContext context) => _models.GetValue(context.Document, d => Build(d, _finders.For(context.Data)));

    private static NamingModel Build(Document document, MentionFinder finder)
    {
        var lowercase = MentionFinder.LowercaseWords(document);
        var mentions = finder.Find(document, lowercase);
        return new NamingModel(document, finder.Lexicon, mentions, EntityGrouper.Group(mentions), lowercase);
    }
}
