using System.Runtime.InteropServices;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// The top of a story sums up figures the body sources: a lede or standfirst figure takes the source of a figure below it that it
// rounds or repeats, or of sourced parts below that add up to it.
internal sealed partial class FigureScan
{
    /// <summary>
    /// The top of a story (its first two body paragraphs: a standfirst and lede, or a lede and the paragraph after it)
    /// sums up figures the body sources further down: "left about 14,000 homes and businesses without electricity" above
    /// "Appalachian Power reported about 14,200 customers without service, according to the utility's outage map", "cuts of
    /// up to 30%" above "grants will fall by 30%, the Arts Council confirmed". An estimate there with no source of its own
    /// takes that of a later firmly sourced figure it rounds (<see cref="Rounds"/>); an exact figure there, that of the same
    /// figure below or of the parts it totals (<see cref="SourceOfParts"/>). A heading between them (a byline) is not one of
    /// the two paragraphs. Reads the figures already found.
    /// </summary>
    private static void SourceTopFromBody(SourceMap map, List<FoundFigure> found, int lede)
    {
        var second = lede + 1;
        while (second < map.Paragraphs.Length && map.Paragraphs[second].IsHeading)
        {
            second++;
        }

        var all = CollectionsMarshal.AsSpan(found);
        for (var k = 0; k < all.Length && all[k].Paragraph <= second; k++)
        {
            ref var top = ref all[k];
            if (top.Source is not null || top.LedeSource is not null)
            {
                continue;
            }

            var tokens = SentenceTokens(map, top.Paragraph, top.Sentence);
            for (var j = k + 1; j < all.Length; j++)
            {
                ref readonly var below = ref all[j];
                var belowTokens = SentenceTokens(map, below.Paragraph, below.Sentence);
                if (below.Paragraph > top.Paragraph && below.Source is { Strength: CueStrength.Firm }
                    && (top.Figure.IsBareMagnitude ? IsOfOrder(top.Figure, belowTokens, below.Figure)
                        : top.Figure.IsEstimate ? Rounds(tokens, top.Figure, belowTokens, below.Figure)
                        : Equal(top.Figure, below.Figure)))
                {
                    top = top with { LedeSource = below.Source };
                    break;
                }
            }

            if (top.LedeSource is null)
            {
                top = top with { LedeSource = SourceOfParts(all[(k + 1)..], top.Paragraph, top.Figure) };
            }
        }
    }

    /// <summary>
    /// "has displaced millions" above "The United Nations says more than 12 million people have been forced from their
    /// homes": a bare magnitude in a toll names no number, so a sourced count of people of its order below (from the
    /// magnitude to a thousand times it) is the figure it sums up. "12 million homes" counts something else.
    /// </summary>
    private static bool IsOfOrder(Figure magnitude, ReadOnlySpan<Token> below, Figure other) =>
        other.Kind is FigureKind.Count or FigureKind.NumberWords && !other.IsBareMagnitude && other.Value >= magnitude.Value && other.Value < magnitude.Value * 1000
        && FigureFinder.CountedWord(below, other) is { } counted && GenericCounted.Contains(counted);

    /// <summary>The same figure: of one kind and, to the rounding of an exact figure, one value.</summary>
    private static bool Equal(Figure top, Figure below) =>
        top.Kind == below.Kind && Math.Abs(top.Value - below.Value) <= ExactTolerance * Math.Abs(below.Value);

    /// <summary>
    /// A total at the top of a story that the body breaks down: "bids worth Rs 11,340 crore" above "Jio … about Rs 6,856 crore,
    /// followed by Bharti Airtel at Rs 3,126 crore and Vodafone Idea at Rs 1,358 crore, according to data released by the
    /// DoT". The source of a later sentence whose firmly sourced sums or counts (two or more, of the total's kind) add up to
    /// it (within <see cref="ExactTolerance"/>, or <see cref="RoundingTolerance"/> for an estimate), or null.
    /// </summary>
    private static Cue? SourceOfParts(ReadOnlySpan<FoundFigure> after, int paragraph, Figure total)
    {
        if (total.Kind is not (FigureKind.Money or FigureKind.Count))
        {
            return null;
        }

        var tolerance = (total.IsEstimate ? RoundingTolerance : ExactTolerance) * total.Value;
        for (var j = 0; j < after.Length;)
        {
            var (p, s) = (after[j].Paragraph, after[j].Sentence);
            var (sum, parts, source) = (0.0, 0, default(Cue));
            for (; j < after.Length && after[j].Paragraph == p && after[j].Sentence == s; j++)
            {
                if (after[j].Figure.Kind == total.Kind && after[j].Source is { Strength: CueStrength.Firm } cue)
                {
                    (sum, parts, source) = (sum + after[j].Figure.Value, parts + 1, cue);
                }
            }

            if (p > paragraph && parts >= 2 && Math.Abs(sum - total.Value) <= tolerance)
            {
                return source;
            }
        }

        return null;
    }

    private static ReadOnlySpan<Token> SentenceTokens(SourceMap map, int p, int s)
    {
        var paragraph = map.Paragraphs[p];
        var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
        return paragraph.Tokens.Slice(offset, length);
    }

    /// <summary>
    /// A lede summarises and the paragraph after it gives the detail: "Police arrested hundreds of protesters" is
    /// sourced by "The ministry said officers had arrested more than 300 protesters" straight below, a sourced figure of the same
    /// thing (the word the figures count, and for "people" and the like a claim word both sentences use). Null when the next paragraph has no such figure. <paramref name="figures"/>
    /// is a scratch list.
    /// </summary>
    private Cue? SourceBelow(SourceMap map, int p, ReadOnlySpan<Token> tokens, Figure figure, List<Figure> figures)
    {
        if (p >= map.Paragraphs.Length || map.Paragraphs[p].IsHeading || FigureFinder.CountedWord(tokens, figure) is not { } counted)
        {
            return null;
        }

        var paragraph = map.Paragraphs[p];
        for (var s = 0; s < paragraph.Sentences.Count; s++)
        {
            var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
            var below = paragraph.Tokens.Slice(offset, length);
            figures.Clear();
            _figures.Find(below, 0, exact: true, figures, exemptions: false);
            foreach (var other in figures)
            {
                if (((string.Equals(FigureFinder.CountedWord(below, other), counted, StringComparison.OrdinalIgnoreCase)
                        && (!GenericCounted.Contains(counted) || _figures.ShareClaimWord(tokens, below)))
                    || Rounds(tokens, figure, below, other))
                    && map.SourceOfFigure(p, s, offset + other.FirstToken) is { Strength: CueStrength.Firm } cue)
                {
                    return cue;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "more than two-thirds of homes … still sold" above "Domain recorded a clearance rate of 68.4 per cent": an estimate
    /// in the lede that rounds a figure of the same kind below, within <see cref="RoundingTolerance"/> of it, or that a
    /// lower bound ("more than $1 billion", "at least 300") puts under it by no more than <see cref="BoundTolerance"/>
    /// ("more than $1 billion" above "about $1.2 billion") or a near bound ("nearly 200") over it by no more than
    /// <see cref="NearBoundTolerance"/> ("nearly 200" above "189").
    /// </summary>
    private static bool Rounds(ReadOnlySpan<Token> lede, Figure estimate, ReadOnlySpan<Token> below, Figure other)
    {
        if (!estimate.IsEstimate || estimate.IsBareMagnitude)
        {
            return false;
        }

        var (x, y) = (Percent(lede, estimate), Percent(below, other));
        if (other.Kind != estimate.Kind)
        {
            // "several hundred residents" (in words) and "about 200 properties" (in digits) count alike.
            return estimate.Kind == FigureKind.NumberWords && other.Kind == FigureKind.Count && Roughly(lede, estimate, x, below, y);
        }

        return Math.Abs(x - y) <= RoundingTolerance * Math.Abs(y)
            || (y > x && y <= x * (1 + BoundTolerance) && estimate.NumberToken > estimate.FirstToken && LowerBounds.Contains(lede[estimate.FirstToken].Text))
            || (y < x && y >= x * (1 - NearBoundTolerance) && estimate.NumberToken > estimate.FirstToken && NearBounds.Contains(lede[estimate.FirstToken].Text))
            || Roughly(lede, estimate, x, below, y);
    }

    private static bool Roughly(ReadOnlySpan<Token> lede, Figure estimate, double x, ReadOnlySpan<Token> below, double y) =>
        IsSeveral(lede, estimate) && y >= x / 3 && y < x * 10 / 3 && FigureFinder.CountedWord(lede, estimate) is { } counted && Names(below, counted);

    /// <summary>
    /// "several hundred residents", "a few thousand homes": a magnitude counted only roughly (listed as three of it), which
    /// any figure of the same order below sums up when its sentence names what the lede counts ("The SES said residents of
    /// about 200 properties … were cut off").
    /// </summary>
    private static bool IsSeveral(ReadOnlySpan<Token> lede, Figure estimate) =>
        estimate.LastToken == estimate.NumberToken + 1 && (lede[estimate.NumberToken].IsIgnoreCase("several") || lede[estimate.NumberToken].IsIgnoreCase("few"));

    private static bool Names(ReadOnlySpan<Token> sentence, string word)
    {
        foreach (var token in sentence)
        {
            if (token.Kind == TokenKind.Word && token.IsIgnoreCase(word))
            {
                return true;
            }
        }

        return false;
    }

    private const double RoundingTolerance = 0.05;
    private const double BoundTolerance = 0.25;

    /// <summary>How far apart two exact figures may be and still be one figure, rounded ("Rs 11,340 crore", "Rs 11,339.6 crore").</summary>
    private const double ExactTolerance = 0.005;

    /// <summary>How far under its figure a near bound may round ("nearly 200" above "189 vessels").</summary>
    private const double NearBoundTolerance = 0.1;

    /// <summary>The first words of the approximators that give a figure just under a bound: "nearly", "almost", "close to".</summary>
    private static readonly WordSet NearBounds = new(["nearly", "almost", "close"]);

    /// <summary>The first words of the approximators that give a lower bound: "more than", "over", "at least", "upwards of", "in excess of".</summary>
    private static readonly WordSet LowerBounds = new(["more", "over", "at", "upwards", "in"]);

    /// <summary>A figure's value, a fraction in words as a percentage ("two-thirds" 66.7, as "66.7%" is).</summary>
    private static double Percent(ReadOnlySpan<Token> t, Figure figure) =>
        figure.Kind == FigureKind.Share && t[figure.NumberToken].Kind == TokenKind.Word ? figure.Value * 100 : figure.Value;

    /// <summary>
    /// Words that count anyone: "an estimated 40,000 people" forced from their homes and "at least 12 people" missing
    /// are not the same thing, so below a lede these need a claim word in common as well.
    /// </summary>
    private static readonly WordSet GenericCounted = new(["people", "persons", "individuals", "residents", "others"]);
}
