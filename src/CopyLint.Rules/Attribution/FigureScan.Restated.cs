using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A figure the story already gave with its source, said again.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "Australia let in a million migrants last year alone," a candidate posted; then "Even the arrivals figure … falls well
    /// short of a million" and "The claim that Australia let in a million migrants last year is false": a figure restating one
    /// of the same kind and value firmly sourced earlier in the story (a quoted claim, a reported count) takes that source, when it
    /// counts nothing or the same thing. "A million people are on waiting lists" after "a million homes" is a new claim.
    /// </summary>
    private static Cue? Restated(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found)
    {
        string? counted = null;
        var read = false;
        for (var j = before.Length - 1; j >= 0; j--)
        {
            ref readonly var earlier = ref before[j];
            if (earlier.Source is not { Strength: CueStrength.Firm } || earlier.Figure.Kind != found.Figure.Kind || earlier.Figure.Value != found.Figure.Value)
            {
                continue;
            }

            if (!read)
            {
                (counted, read) = (FigureFinder.CountedWord(SentenceTokens(map, found.Paragraph, found.Sentence), found.Figure), true);
            }

            if (counted is null || string.Equals(counted, FigureFinder.CountedWord(SentenceTokens(map, earlier.Paragraph, earlier.Sentence), earlier.Figure), StringComparison.OrdinalIgnoreCase))
            {
                return earlier.Source;
            }
        }

        return null;
    }

    /// <summary>
    /// "… exposed the personal information of about 29 million Facebook users worldwide" (fined by the Data Protection
    /// Commission) above "About 3 million of the affected users were in the EU": a figure that counts a part "of the" thing
    /// a larger figure of its kind, firmly sourced earlier in the story, counted (a word of the whole within a few words
    /// after each) takes that figure's source, as does a share of what such a count counted ("more than 40% of cases" below
    /// "recorded 127,350 cases in 2024, the agencies said"). A share of another share is not: "of the nation's electricity"
    /// is no part of another share of electricity; nor one the copy calls estimated ("An estimated 3,000 of the members"). "About 3 million of the
    /// users" with no sourced whole above stays a claim.
    /// </summary>
    private static Cue? PartOfSourced(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found)
    {
        var t = SentenceTokens(map, found.Paragraph, found.Sentence);
        var of = found.Figure.LastToken + 1;
        // "Children under five accounted for more than 40% of cases.": a share of what a sourced count counted ("recorded
        // 127,350 cases …, the agencies said"), with or without "the".
        var share = found.Figure.Kind == FigureKind.Share;
        var wholeStart = of + 1 < t.Length && t[of + 1].IsIgnoreCase("the") ? of + 2 : share ? of + 1 : t.Length;
        if (!(found.Figure.Kind == FigureKind.Count || share) || found.IsCalledEstimated || wholeStart >= t.Length || !t[of].IsIgnoreCase("of"))
        {
            return null;
        }

        var whole = share && IsWord(t, of + 1, "them") ? CountedJustBefore(map, before, found) : t[wholeStart..Math.Min(t.Length, wholeStart + WholeWords)];
        for (var j = before.Length - 1; j >= 0; j--)
        {
            ref readonly var earlier = ref before[j];
            if (earlier.Source is { Strength: CueStrength.Firm } && (share ? earlier.Figure.Kind == FigureKind.Count : earlier.Figure.Kind == found.Figure.Kind && earlier.Figure.Value > found.Figure.Value)
                && SharesNoun(whole, SentenceTokens(map, earlier.Paragraph, earlier.Sentence), earlier.Figure.LastToken + 1))
            {
                return earlier.Source;
            }
        }

        return null;
    }

    private const int WholeWords = 3;

    /// <summary>
    /// "In October, 387,512 consultations were recorded. Urinary tract infections accounted for 41% of them.": a share "of
    /// them" breaks down the count of the sentence just before, so the words after that count are the whole (none when the
    /// sentence before, in the same paragraph, gives no count).
    /// </summary>
    private static ReadOnlySpan<Token> CountedJustBefore(SourceMap map, ReadOnlySpan<FoundFigure> before, in FoundFigure found)
    {
        for (var j = before.Length - 1; j >= 0 && before[j].Paragraph == found.Paragraph && before[j].Sentence >= found.Sentence - 1; j--)
        {
            if (before[j].Sentence == found.Sentence - 1 && before[j].Figure.Kind == FigureKind.Count)
            {
                var t = SentenceTokens(map, before[j].Paragraph, before[j].Sentence);
                var from = before[j].Figure.LastToken + 1;
                return t[from..Math.Min(t.Length, from + WholeWords)];
            }
        }

        return default;
    }

    private static bool IsWord(ReadOnlySpan<Token> t, int at, string word) => (uint)at < (uint)t.Length && t[at].Kind == TokenKind.Word && t[at].IsIgnoreCase(word);

    /// <summary>Whether a word of <paramref name="whole"/> (of four letters or more) is among the few words from <paramref name="from"/> in <paramref name="t"/>.</summary>
    private static bool SharesNoun(ReadOnlySpan<Token> whole, ReadOnlySpan<Token> t, int from)
    {
        foreach (var word in whole)
        {
            if (word.Kind != TokenKind.Word)
            {
                break;
            }

            for (var k = from; word.Text.Length > 3 && k < t.Length && k < from + WholeWords && t[k].Kind == TokenKind.Word; k++)
            {
                if (t[k].IsIgnoreCase(word.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a figure is the difference or the remainder of figures in its paragraph before it or the paragraph before (<see cref="FigureFinder.IsWorkedOut"/>).</summary>
    private bool IsWorkedOut(SourceMap map, in FoundFigure found)
    {
        var paragraph = map.Paragraphs[found.Paragraph];
        var (offset, _) = paragraph.Sentences[found.Sentence].GetOffsetAndLength(paragraph.Tokens.Length);
        var earlier = found.Paragraph > 0 && !map.Paragraphs[found.Paragraph - 1].IsHeading ? map.Paragraphs[found.Paragraph - 1].Tokens : default;
        return _figures.IsWorkedOut(SentenceTokens(map, found.Paragraph, found.Sentence), found.Figure, earlier, paragraph.Tokens[..(offset + found.Figure.FirstToken)]);
    }
}
