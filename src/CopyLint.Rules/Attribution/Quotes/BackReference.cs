using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation standing alone as its paragraph that the next paragraph credits as it opens, as features begin:
/// '"We lost everything." / That is how Mary Okafor, a cassava farmer, describes the week the river came'
/// (rules/lists/quote-back-references.txt). The speaker is named after the words, not before them.
/// </summary>
internal sealed class BackReference(RuleDataSet data)
{
    private readonly PhraseMatcher _openings = new(data.GetList("quote-back-references"));

    public bool Credits(SourceMap map, int p, Quotation quotation) =>
        p + 1 < map.Paragraphs.Length && quotation.StandsAlone(map.Paragraphs[p].Tokens) && _openings.Match(map.Paragraphs[p + 1].Tokens, 0) > 0;
}
