using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>CL3003's pull-quote headline: a short quotation standing as the first paragraph, its speaker named under it.</summary>
internal sealed class PullQuoteHeadline(RuleDataSet data)
{
    private readonly NameRun _names = new(data);

    /// <summary>
    /// A pull-quote headline: the document's first paragraph is only a short quotation (markup aside), and the
    /// standfirst under it names the speaker, by a source cue or a name ('"The glacier is not a museum piece. It is a
    /// patient." / Park Ji-yeon has spent 15 years…'). A standfirst with no name leaves the quotation unattributed.
    /// </summary>
    public bool Heads(SourceMap map, int p, Quotation quotation)
    {
        var tokens = map.Paragraphs[p].Tokens;
        if (p != 0 || map.Paragraphs.Length < 2 || quotation.Words > MaxHeadlineWords || !quotation.StandsAlone(tokens))
        {
            return false;
        }

        var standfirst = map.Paragraphs[IsLabelLine(map.Paragraphs[1]) && map.Paragraphs.Length > 2 ? 2 : 1];
        return standfirst.Strongest(0, standfirst.Sentences.Count - 1) is { Strength: CueStrength.Firm } || _names.In(standfirst.Tokens);
    }

    /// <summary>
    /// "**The Reporter** | Interview": a short line of the outlet's name or the story's kind, no sentence, between the
    /// headline and its standfirst.
    /// </summary>
    private static bool IsLabelLine(ParagraphSources paragraph) =>
        paragraph.Sentences.Count == 1 && paragraph.Tokens.Length <= MaxLabelTokens && paragraph.Tokens[^1].Text is not ("." or "!" or "?");

    private const int MaxLabelTokens = 8;

    private const int MaxHeadlineWords = 20;
}
