using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>
    /// "The museum … houses more than 100,000 artefacts": a count of what a collection keeps (figure-collection-nouns.txt),
    /// straight after a verb of holding in the present, is the institution's published background. "The camp holds about
    /// 50,000 refugees" counts people and stays a claim; so does "the museum lost about 2,000 objects", with no verb of holding.
    /// </summary>
    private bool IsHeldCollection(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 1 && t[first - 1] is { Kind: TokenKind.Word } verb && HoldingVerbs.Contains(verb.Text)
        && end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && _words.CollectionNouns.Contains(t[end + 1].Text);

    private static readonly WordSet HoldingVerbs = new(["houses", "holds", "contains", "keeps", "displays", "has", "boasts"]);
}
