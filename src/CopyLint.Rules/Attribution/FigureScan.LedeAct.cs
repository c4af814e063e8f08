using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    /// <summary>
    /// "Ford is recalling more than 240,000 SUVs" above "The recall covers certain 2020 through 2023 Ford Explorer …,
    /// according to documents posted Wednesday by the National Highway Traffic Safety Administration": an AP lede whose
    /// act (the verb before its figure) the next paragraph's first sentence takes up as its subject ("The recall") reports
    /// what that sentence firmly sources. The source of that sentence, or null: a next paragraph opening on something
    /// else ("The company said…", "The agency said…") sources nothing of the lede here.
    /// </summary>
    private static Cue? ActSourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede, int figureStart)
    {
        if (p >= map.Paragraphs.Length || map.Paragraphs[p].IsHeading || map.Paragraphs[p].Sentences.Count == 0
            || map.Paragraphs[p].CueOf(0) is not { Strength: CueStrength.Firm, IsPassive: false, IsGenericAgent: false } cue)
        {
            return null;
        }

        var paragraph = map.Paragraphs[p];
        var (offset, length) = paragraph.Sentences[0].GetOffsetAndLength(paragraph.Tokens.Length);
        var t = paragraph.Tokens.Slice(offset, length);
        if (t.Length < 3 || !t[0].IsIgnoreCase("the") || t[1].Kind != TokenKind.Word || t[1].IsCapitalized || t[1].Text.Length < MinimumActLength)
        {
            return null;
        }

        var act = t[1].Text;
        for (var k = 0; k < figureStart && k < lede.Length; k++)
        {
            var word = lede[k].Text;
            if (lede[k].Kind == TokenKind.Word && word.StartsWith(act, StringComparison.OrdinalIgnoreCase)
                && word.AsSpan(act.Length) is "ing" or "ed" or "s")
            {
                return cue; // "recalling" … "The recall"
            }
        }

        return null;
    }

    private const int MinimumActLength = 4;
}
