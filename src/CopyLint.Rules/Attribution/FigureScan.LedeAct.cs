using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

internal sealed partial class FigureScan
{
    /// <summary>
    /// The source of paragraph <paramref name="p"/>'s first sentence when it is firm, active and names its agent, or null:
    /// where every reading of a lede as sourced by the paragraph below starts.
    /// </summary>
    private static Cue? FirmActiveOpening(SourceMap map, int p) =>
        p < map.Paragraphs.Length && !map.Paragraphs[p].IsHeading && map.Paragraphs[p].Sentences.Count > 0
        && map.Paragraphs[p].CueOf(0) is { Strength: CueStrength.Firm, IsPassive: false, IsGenericAgent: false } cue ? cue : null;

    /// <summary>
    /// "Ford is recalling more than 240,000 SUVs" above "The recall covers certain 2020 through 2023 Ford Explorer …,
    /// according to documents posted Wednesday by the National Highway Traffic Safety Administration": an AP lede whose
    /// act (the verb before its figure) the next paragraph's first sentence takes up as its subject ("The recall") reports
    /// what that sentence firmly sources; so does a lede that introduces the thing that sentence takes up ("approved a
    /// spending bill that would cut the agency's budget by about $135 million" above "The bill … would give CISA roughly
    /// $2.87 billion …, according to a summary released by committee Republicans"). The source of that sentence, or null: a next paragraph opening on something
    /// else ("The company said…", "The agency said…") sources nothing of the lede here.
    /// </summary>
    private static Cue? ActSourcedBelow(SourceMap map, int p, ReadOnlySpan<Token> lede, int figureStart)
    {
        if (FirmActiveOpening(map, p) is not { } cue)
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

            if (lede[k].Kind == TokenKind.Word && word.Equals(act, StringComparison.OrdinalIgnoreCase) && IntroducedByArticle(lede, k))
            {
                return cue; // "approved a spending bill that would cut …" … "The bill"
            }
        }

        return null;
    }

    /// <summary>"a spending bill": the noun at <paramref name="noun"/> follows "a" or "an" and lower-case words only.</summary>
    private static bool IntroducedByArticle(ReadOnlySpan<Token> lede, int noun)
    {
        for (var k = noun - 1; k >= 0 && k >= noun - 1 - MaxArticleAdjectives && lede[k].Kind == TokenKind.Word && !lede[k].IsCapitalized; k--)
        {
            if (lede[k].Text is "a" or "an")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words between the article and the noun it introduces: "a [new five-year] contract".</summary>
    private const int MaxArticleAdjectives = 2;

    private const int MinimumActLength = 4;

    /// <summary>
    /// "Some 61,000 Leaving Certificate students have received their results this morning" above "According to figures
    /// from the State Examinations Commission (SEC), 16.1pc of higher-level maths candidates …": a paragraph that opens on
    /// the data its figures come from (rules/lists/quote-data-sources.txt) names the data the lede sums up. The source, or
    /// null: a source later in that paragraph ("…, the commission said") speaks only for its own sentence, and a
    /// statement ("In a statement on Thursday, the company said …") for what it says.
    /// </summary>
    private Cue? OpeningSourceBelow(SourceMap map, int p, string text)
    {
        if (p >= map.Paragraphs.Length || map.Paragraphs[p].IsHeading || map.Paragraphs[p].Sentences.Count == 0)
        {
            return null;
        }

        var paragraph = map.Paragraphs[p];
        return paragraph.CueOf(0) is { Strength: CueStrength.Firm, IsPassive: false, IsGenericAgent: false } cue
            && cue.Span.Start == paragraph.Tokens[0].Span.Start && _dataSources.Names(cue, text) ? cue : null;
    }
}
