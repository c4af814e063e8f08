using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    /// <summary>
    /// "A man entered the store … and demanded cash from the till, Avon and Somerset Police said." above "He threatened the
    /// shopkeeper with a knife before leaving with about £400 in cash.": a paragraph that opens on "He" or "She" goes on
    /// with the account the paragraph before closed with a firm source's tag, so its first sentence takes that source.
    /// "It has recorded more than 200 drownings" and "He" after a paragraph whose last sentence has no such tag stay claims.
    /// </summary>
    private static Cue? AccountGoesOn(SourceMap map, in FoundFigure figure)
    {
        if (figure.Sentence != 0 || figure.Paragraph == 0 || SentenceTokens(map, figure.Paragraph, 0) is not [{ Text: "He" or "She" }, ..])
        {
            return null;
        }

        var above = map.Paragraphs[figure.Paragraph - 1];
        return !above.IsHeading && above.Sentences.Count > 0 && above.LastCue is { Strength: CueStrength.Firm } cue
            && IsClosingTag(above.TokensOf(above.Sentences.Count - 1), cue) ? cue : null;
    }

    private const int TagWords = 6;

    /// <summary>Whether <paramref name="cue"/> is the tag after a comma that ends its sentence: "…, the force said."</summary>
    private static bool IsClosingTag(ReadOnlySpan<Token> sentence, Cue cue)
    {
        var last = sentence.Length - 1;
        while (last >= 0 && sentence[last].Kind != TokenKind.Word)
        {
            last--;
        }

        if (last < 1 || sentence[last].Span.End > cue.Span.End || sentence[last].Span.Start < cue.Span.Start)
        {
            return false;
        }

        // The agent's words before the verb: "…, Avon and Somerset Police said."
        for (var k = last - 1; k >= 0 && k >= last - TagWords; k--)
        {
            if (sentence[k].Kind != TokenKind.Word)
            {
                return sentence[k].Text is ",";
            }
        }

        return false;
    }
}
