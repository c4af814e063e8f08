using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A fact-check's claim box: a paragraph opened by a claim label and a colon ('Claim: Net migration is running at
/// "close to a million a year".'; rules/lists/quote-claim-labels.txt) whose quoted words recur quoted in the next few
/// paragraphs, where the claimant is named ('Nigel Farage told … that net migration was "still close to a million a
/// year …"'). The quotation below is judged there; a claim whose words appear nowhere below has no speaker.
/// </summary>
internal sealed class ClaimBox(RuleDataSet data)
{
    /// <summary>The paragraphs under the box searched for its words.</summary>
    private const int ParagraphsBelow = 3;

    private readonly PhraseMatcher _labels = new(data.GetList("quote-claim-labels"));

    public bool Credits(SourceMap map, int p, Quotation quotation, string text)
    {
        var tokens = map.Paragraphs[p].Tokens;
        var label = _labels.Match(tokens, 0);
        return label > 0 && label < quotation.Open && tokens[label].Text == ":" && quotation.IsClosed(tokens.Length)
            && QuoteHeading.RecursQuoted(map, p, quotation, text, Math.Min(map.Paragraphs.Length, p + 1 + ParagraphsBelow));
    }
}
