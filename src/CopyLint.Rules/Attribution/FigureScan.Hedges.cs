using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// How far a hedge reaches: forward, not back; not past a later clause; and a framing hedge makes a figure hearsay.
// And how far any source reaches a figure the copy calls estimated: its own sentence.
internal sealed partial class FigureScan
{
    /// <summary>
    /// A hedge reaches forward, not back: "It is understood the firm will cut jobs. About 500 posts will go." hedges the
    /// figure, but in "…a star roughly 123 light years away. Its surface is thought to be hot" the hedge is the next claim's.
    /// A quotation's speaker is asked apart: "About 500 jobs will go. It's a disaster," a source said.
    /// </summary>
    private static Cue? ForwardOnly(Cue? source, ReadOnlySpan<Token> sentence) =>
        source is { Strength: CueStrength.Vague } && source.Span.Start >= sentence[^1].Span.End ? null : source;

    /// <summary>
    /// "The painting had been estimated to sell for $30 million to $40 million. … the hammer came down at $42 million": an
    /// agentless passive with a subject of its own says how that subject's figure was reached, and hedges nothing in the
    /// sentence after it. One with an empty subject frames what follows: "It is estimated that 500 died. Another 300 are missing."
    /// </summary>
    private static Cue? OwnSubjectPassiveBefore(Cue? source, ParagraphSources paragraph, ReadOnlySpan<Token> sentence) =>
        source is { Strength: CueStrength.Vague, IsPassive: true } && source.Span.Start < sentence[0].Span.Start
        && source.Span.Start >= paragraph.Tokens[0].Span.Start && !HasEmptySubject(source, paragraph)
            ? null
            : source;

    /// <summary>Whether the hedge's subject, past its auxiliaries and adverbs ("has been", "is widely"), is "it" or "there".</summary>
    private static bool HasEmptySubject(Cue source, ParagraphSources paragraph)
    {
        var tokens = paragraph.Tokens;
        var k = 0;
        while (k < tokens.Length && tokens[k].Span.Start < source.Span.Start)
        {
            k++;
        }

        k--;
        while (k >= 0 && tokens[k].Kind == TokenKind.Word && (Auxiliaries.Contains(tokens[k].Text) || tokens[k].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase)))
        {
            k--;
        }

        return k >= 0 && (tokens[k].IsIgnoreCase("it") || tokens[k].IsIgnoreCase("there"));
    }

    /// <summary>
    /// "…in a villa at Herculaneum believed to have belonged to Julius Caesar's father-in-law. About 800 of them survive": a
    /// hedge with no verb before it ("believed to", "thought to") qualifies the noun just before it, and hedges nothing in
    /// the sentence after it. Nor does one with a subject of its own: "Bidders are said to value the network at about £5
    /// billion. Free cash flow improved to £212 million." "There are said to be …" still frames what follows.
    /// </summary>
    private Cue? ReducedHedgeBefore(Cue? source, ParagraphSources paragraph, ReadOnlySpan<Token> sentence)
    {
        if (source is not { Strength: CueStrength.Vague, IsPassive: false } || source.Span.Start >= sentence[0].Span.Start
            || !source.Text.EndsWith(" to", StringComparison.OrdinalIgnoreCase))
        {
            return source;
        }

        var first = source.Text.AsSpan(0, source.Text.IndexOf(' '));
        return _hedgeParticiples.Contains(first)
            || (Auxiliaries.Contains(first) && source.Span.Start >= paragraph.Tokens[0].Span.Start && !HasEmptySubject(source, paragraph))
                ? null
                : source;
    }

    /// <summary>
    /// "It is understood that the Polish side pushed for a price of around $30 million per tank": a hedge earlier in the
    /// figure's own sentence makes it hearsay, so no context of record (a price, a term, a position) exempts it. Only a
    /// hedge that frames a statement ("it is understood", "reportedly", "is believed to"): an agentless passive such as
    /// "The margin of error is estimated at 2.8 per cent" says how a figure was reached.
    /// </summary>
    private static bool IsHearsay(Cue? source, ReadOnlySpan<Token> sentence, Figure figure) =>
        source is { Strength: CueStrength.Vague } && source.Span.Start >= sentence[0].Span.Start
        && (source.Span.End <= figure.Span.Start
                && (source.Text.StartsWith("it ", StringComparison.OrdinalIgnoreCase) || source.Text.EndsWith(" to", StringComparison.OrdinalIgnoreCase)
                    || source.Text.Equals("reportedly", StringComparison.OrdinalIgnoreCase))
            || (source.Span.Start >= figure.Span.End && !source.IsPassive && IsTrailingAside(source, sentence)));

    /// <summary>
    /// "Ukraine has lost around 300 square kilometres of territory since the summer, according to reports.": a hedge set
    /// off by a comma at the end of its sentence frames the whole statement, as one opening it does; so does one whose
    /// agent runs on to the end in a phrase of place ("…, according to sources at city hall.").
    /// </summary>
    private static bool IsTrailingAside(Cue source, ReadOnlySpan<Token> sentence)
    {
        var end = source.Agent is { } agent && agent.End > source.Span.End ? agent.End : source.Span.End;
        end = AgentTailEnd(sentence, end);
        for (var k = sentence.Length - 1; k > 0; k--)
        {
            if (sentence[k].Span.Start == source.Span.Start)
            {
                return sentence[k - 1].Text == ",";
            }

            if (sentence[k].Span.Start < end)
            {
                continue; // a word of the hedge or its agent
            }

            if (sentence[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The end of a hedge's agent that a phrase of place runs on to the sentence's end ("sources at city hall"), or <paramref name="end"/>.</summary>
    private static int AgentTailEnd(ReadOnlySpan<Token> sentence, int end)
    {
        for (var k = 0; k < sentence.Length; k++)
        {
            if (sentence[k].Span.Start >= end)
            {
                return sentence[k].Kind == TokenKind.Word && AgentTails.Contains(sentence[k].Text) ? sentence[^1].Span.Start : end;
            }
        }

        return end;
    }

    private static readonly WordSet AgentTails = new(["at", "in", "inside", "within"]);

    /// <summary>
    /// A measurement is no claim ("almost 4,000 square kilometres"), unless only a hedge that frames its sentence gives it:
    /// "The refinery reportedly sold 450 million litres", "Ukraine has lost around 300 square kilometres …, according to
    /// reports". The sentence's own cue is read first, so a sentence with no hedge costs one look.
    /// </summary>
    private static void DropMeasuresNotHearsay(SourceMap map, ParagraphSources paragraph, int p, int s, int offset, ReadOnlySpan<Token> sentence, List<Figure> figures)
    {
        for (var k = figures.Count - 1; k >= 0; k--)
        {
            var figure = figures[k];
            if (figure.IsMeasure && !(paragraph.CueOf(s) is { Strength: CueStrength.Vague }
                && IsHearsay(map.SourceOfFigure(p, s, offset + figure.FirstToken), sentence, figure)))
            {
                figures.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// "The film released on 3,900 screens on Friday and is estimated to have collected Rs. 45 crore": a hedge after the
    /// figure that opens a clause of its own after "and" or "but" hedges that clause, not the figure before it.
    /// </summary>
    private static bool InLaterClause(Cue? source, ReadOnlySpan<Token> sentence, Figure figure)
    {
        if (source is not { Strength: CueStrength.Vague } || source.Span.Start < figure.Span.End)
        {
            return false;
        }

        for (var k = figure.LastToken + 2; k < sentence.Length; k++)
        {
            if (sentence[k].Span.Start == source.Span.Start)
            {
                // A passive's cue is its participle: "and is estimated".
                var j = k - 1;
                while (j > figure.LastToken + 1 && sentence[j].Kind == TokenKind.Word && Auxiliaries.Contains(sentence[j].Text))
                {
                    j--;
                }

                return sentence[j].Kind == TokenKind.Word && (sentence[j].IsIgnoreCase("and") || sentence[j].IsIgnoreCase("but"));
            }
        }

        return false;
    }

    /// <summary>
    /// "It was estimated at £6,000 to £9,000 and hammered at £30,000": an agentless passive that takes its own figure with
    /// "at" hedges that figure; a verb in the past after "and" or "but" opens a predicate of its own, whose figure it does
    /// not reach. "It is estimated that 500 died and 300 were injured" frames both.
    /// </summary>
    private static bool InEarlierClause(Cue? source, ReadOnlySpan<Token> sentence, Figure figure)
    {
        if (source is not { Strength: CueStrength.Vague, IsPassive: true } || source.Span.Start < sentence[0].Span.Start
            || source.Span.End > sentence[figure.FirstToken].Span.Start)
        {
            return false;
        }

        var k = 0;
        while (k < figure.FirstToken && sentence[k].Span.Start < source.Span.End)
        {
            k++;
        }

        if (!sentence[k].IsIgnoreCase("at"))
        {
            return false;
        }

        for (k++; k < figure.FirstToken - 1; k++)
        {
            if (sentence[k].Kind == TokenKind.Word && (sentence[k].IsIgnoreCase("and") || sentence[k].IsIgnoreCase("but"))
                && sentence[k + 1] is { Kind: TokenKind.Word, IsCapitalized: false } verb
                && (verb.Text.EndsWith("ed", StringComparison.Ordinal) || PastSaleVerbs.Contains(verb.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet PastSaleVerbs = new(["sold", "made", "went", "brought", "rose", "fell", "grew"]);

    /// <summary>
    /// "An estimated 12,000 households have left the coast": a figure the copy itself calls estimated wants its source in
    /// its own sentence, as edited copy gives it ("…, according to the CDC", "the figures show"). A speech verb in the
    /// sentence beside it ("Local fishermen say catches have halved.") speaks of something else. A hedge beside it still
    /// sources it, for CL3002 to report; a list's introduction (another paragraph) still sources its items.
    /// </summary>
    private static Cue? OwnSentenceForEstimated(Cue? source, ParagraphSources paragraph, int s, ReadOnlySpan<Token> sentence, Figure figure) =>
        source is { Strength: CueStrength.Firm } && IsCalledEstimated(sentence, figure) && paragraph.CueOf(s) is null
        && source.Span.Start >= paragraph.Tokens[0].Span.Start
            ? null
            : source;

    /// <summary>Whether the figure's approximator says "estimated" ("an estimated 12,000"), not just "about" or "nearly".</summary>
    private static bool IsCalledEstimated(ReadOnlySpan<Token> sentence, Figure figure)
    {
        for (var k = figure.FirstToken; k < figure.NumberToken; k++)
        {
            if (EstimateWords.Contains(sentence[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet EstimateWords = new(["estimated"]);

    private static readonly WordSet Auxiliaries = new(["is", "are", "was", "were", "be", "been", "has", "have", "had"]);
}
