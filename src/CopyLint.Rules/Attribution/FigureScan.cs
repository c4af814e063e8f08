using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// What CL3001 and CL3002 share: the cue and figure finders (built once from the rule data) and a walk over every
/// claim-bearing figure of a document's prose with the source in its reach, null when there is none.
/// </summary>
internal sealed class FigureScan(RuleDataSet data)
{
    public CueFinder Cues { get; } = new(data);

    private readonly FigureFinder _figures = new(data);

    /// <summary>
    /// Visits every figure of the document's prose with its source. A figure opening a paragraph with no source in
    /// reach continues the figures of the paragraph before when that paragraph's last sentence sourced a figure of
    /// the same kind itself ("…rose 9.2%, the ONS said." then "Rents in London rose 11.2%."). With
    /// <paramref name="exact"/>, exact figures that are not claims by their form or context are visited too.
    /// Returns the document's source map for any further look. <paramref name="visit"/> gets <paramref name="state"/>, the
    /// figure, its source (null when none) and whether the figure is background:
    /// its sentence names a year at least <see cref="BackgroundYears"/> before the latest year the document names
    /// ("The 2004 tsunami killed about 230,000 people" in a story of 2025), history rather than news.
    /// </summary>
    public SourceMap ForEachFigure<TState>(AnalysisContext context, AttributionSettings settings, bool exact, TState state, Action<TState, Figure, Cue?, bool> visit)
    {
        var map = SourceMap.For(context, Cues, settings);
        var found = CollectionsMarshal.AsSpan(FoundIn(context, map, settings.MinimumFigure));
        for (var k = 0; k < found.Length; k++)
        {
            ref readonly var f = ref found[k];
            if (!exact && !f.IsClaim)
            {
                continue;
            }

            var continued = f.Source is null && f.Sentence == 0 ? Continued(map, found[..k], f.Paragraph, f.Figure.Kind, exact) : null;
            visit(state, f.Figure, f.Source ?? continued ?? f.LedeSource, f.IsBackground);
        }

        return map;
    }

    /// <summary>
    /// The source the paragraph before <paramref name="paragraph"/> hands on to its figures of <paramref name="kind"/>: that of
    /// the last such figure (a claim unless <paramref name="exact"/>) of its last sentence with a firm source of its own, or
    /// null. <paramref name="before"/> are the figures found before the one asking, in order.
    /// </summary>
    private Cue? Continued(SourceMap map, ReadOnlySpan<FoundFigure> before, int paragraph, FigureKind kind, bool exact)
    {
        var j = before.Length - 1;
        while (j >= 0 && before[j].Paragraph == paragraph)
        {
            j--;
        }

        for (; j >= 0 && before[j].Paragraph == paragraph - 1 && before[j].InLastSentence; j--)
        {
            ref readonly var f = ref before[j];
            if (f.Figure.Kind == kind && (exact || f.IsClaim) && f.Source is { Strength: CueStrength.Firm } && !IsExempt(map, f))
            {
                return f.Source;
            }
        }

        return null;
    }

    /// <summary>Whether a figure found with a firm source, and so not tested for its exemptions, is exempt after all.</summary>
    private bool IsExempt(SourceMap map, in FoundFigure found)
    {
        if (!found.Figure.MayBeExempt)
        {
            return false;
        }

        var paragraph = map.Paragraphs[found.Paragraph];
        var (offset, length) = paragraph.Sentences[found.Sentence].GetOffsetAndLength(paragraph.Tokens.Length);
        return _figures.IsExempt(paragraph.Tokens.Slice(offset, length), found.Figure);
    }

    /// <summary>
    /// The figures of one map at one minimum, found once per document for CL3001 and CL3002 alike; the document's
    /// sets are found by comparing map and minimum, so asking costs no key or closure. The lists are the lint's,
    /// filled again for the next document (<see cref="AnalysisContext.GetReused{T}"/>).
    /// </summary>
    private List<FoundFigure> FoundIn(AnalysisContext context, SourceMap map, double minimum)
    {
        var sets = context.GetReused<ReusedModels<FoundFigures>>(typeof(FoundFigures), static (sets, _) => sets.Clear());
        foreach (var set in sets.Built)
        {
            if (set.Map == map && set.Minimum.Equals(minimum))
            {
                return set.Figures;
            }
        }

        var spare = sets.Spare();
        (spare.Map, spare.Minimum) = (map, minimum);
        Find(context, map, minimum, spare);
        sets.Keep();
        return spare.Figures;
    }

    /// <summary>The figures of one map at one minimum, and the lists <see cref="Find"/> reads each sentence's figures into.</summary>
    private sealed class FoundFigures
    {
        public SourceMap Map { get; set; } = null!;

        public double Minimum { get; set; }

        public List<FoundFigure> Figures { get; } = [];

        /// <summary>The figures of the sentence being read.</summary>
        public List<Figure> Sentence { get; } = [];

        /// <summary>The figures of a sentence of the paragraph below a lede (<see cref="SourceBelow"/>).</summary>
        public List<Figure> Below { get; } = [];
    }

    /// <summary>
    /// A figure of paragraph <see cref="Paragraph"/> (exact or not; <see cref="IsClaim"/> says whether it is a claim by its form or
    /// context) with its own source in reach. A figure with a firm source is never reported, so its exemptions are asked
    /// only when it may source the next paragraph's (<see cref="Continued"/>); the others are found exempt or not.
    /// </summary>
    /// <see cref="LedeSource"/> is the source a lede's figure takes from the paragraph below when it has none in reach.
    private readonly record struct FoundFigure(Figure Figure, int Paragraph, int Sentence, bool InLastSentence, Cue? Source, bool IsClaim, bool IsBackground, Cue? LedeSource);

    /// <summary>Every figure of every prose paragraph of the map, in order, into <paramref name="into"/>'s <see cref="FoundFigures.Figures"/>.</summary>
    private void Find(AnalysisContext context, SourceMap map, double minimum, FoundFigures into)
    {
        (int Earliest, int Latest) years = (-1, -1); // read on the first sentence with a figure and a year
        var lede = FirstBodyParagraph(map);
        var found = into.Figures;
        var figures = into.Sentence;
        found.Clear();
        for (var p = 0; p < map.Paragraphs.Length; p++)
        {
            var paragraph = map.Paragraphs[p];
            var before = ReadOnlySpan<Token>.Empty;
            var entryYear = EntryYear(paragraph.Tokens);
            for (var s = 0; s < paragraph.Sentences.Count && !paragraph.IsHeading; s++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                figures.Clear();
                var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
                var sentence = paragraph.Tokens.Slice(offset, length);
                _figures.Find(sentence, minimum, exact: true, figures, marketRule: true, before, exemptions: false);
                var previous = before;
                before = sentence;
                if (figures.Count == 0)
                {
                    continue;
                }

                var earliest = EarliestYear(sentence);
                if (earliest == 0 && !previous.IsEmpty && _figures.IsDatedByPrevious(sentence))
                {
                    earliest = EarliestYear(previous);
                }

                if (entryYear > 0 && (earliest == 0 || entryYear < earliest))
                {
                    earliest = entryYear;
                }

                if (earliest > 0 && years.Latest < 0)
                {
                    years = YearRange(map);
                }

                var background = earliest > 0 && years.Latest > 0 && earliest <= years.Latest - BackgroundYears
                    || earliest > 0 && p != lede && years.Earliest == years.Latest && NamesYearAfterIn(sentence)
                    || IsClaimUnderCheck(sentence);
                foreach (var figure in figures)
                {
                    var source = map.SourceOfFigure(p, s, offset + figure.FirstToken);
                    source = paragraph.Quoted[offset + figure.FirstToken] ? source : ForwardOnly(source, sentence);
                    source = InLaterClause(source, sentence, figure) ? null : source;
                    if (source is not { Strength: CueStrength.Firm } && figure.MayBeExempt && !IsHearsay(source, sentence, figure) && _figures.IsExempt(sentence, figure, hedged: source is not null))
                    {
                        continue;
                    }

                    var claim = _figures.IsClaim(sentence, figure);
                    var ledeSource = source is null && p == lede ? SourceBelow(map, p + 1, sentence, figure, into.Below) : null;
                    found.Add(new FoundFigure(figure, p, s, s == paragraph.Sentences.Count - 1, source, claim, background, ledeSource));
                }
            }
        }

        SourceTopFromBody(map, found, lede);
    }

    /// <summary>
    /// The top of a story (its first two body paragraphs: a standfirst and lede, or a lede and the paragraph after it)
    /// sums up figures the body sources further down: "left about 14,000 homes and businesses without electricity" above
    /// "Appalachian Power reported about 14,200 customers without service, according to the utility's outage map", "cuts of
    /// up to 30%" above "grants will fall by 30%, the Arts Council confirmed". An estimate there with no source of its own
    /// takes that of a later firmly sourced figure it rounds (<see cref="Rounds"/>). Reads the figures already found.
    /// </summary>
    private static void SourceTopFromBody(SourceMap map, List<FoundFigure> found, int lede)
    {
        var all = CollectionsMarshal.AsSpan(found);
        for (var k = 0; k < all.Length && all[k].Paragraph <= lede + 1; k++)
        {
            ref var top = ref all[k];
            if (top.Source is not null || top.LedeSource is not null || !top.Figure.IsEstimate || top.Figure.IsBareMagnitude)
            {
                continue;
            }

            var tokens = SentenceTokens(map, top.Paragraph, top.Sentence);
            for (var j = k + 1; j < all.Length; j++)
            {
                ref readonly var below = ref all[j];
                if (below.Paragraph > top.Paragraph && below.Source is { Strength: CueStrength.Firm }
                    && Rounds(tokens, top.Figure, SentenceTokens(map, below.Paragraph, below.Sentence), below.Figure))
                {
                    top = top with { LedeSource = below.Source };
                    break;
                }
            }
        }
    }

    private static ReadOnlySpan<Token> SentenceTokens(SourceMap map, int p, int s)
    {
        var paragraph = map.Paragraphs[p];
        var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
        return paragraph.Tokens.Slice(offset, length);
    }

    private const int BackgroundYears = 3;

    /// <summary>
    /// A hedge reaches forward, not back: "It is understood the firm will cut jobs. About 500 posts will go." hedges the
    /// figure, but in "…a star roughly 123 light years away. Its surface is thought to be hot" the hedge is the next claim's.
    /// A quotation's speaker is asked apart: "About 500 jobs will go. It's a disaster," a source said.
    /// </summary>
    private static Cue? ForwardOnly(Cue? source, ReadOnlySpan<Token> sentence) =>
        source is { Strength: CueStrength.Vague } && source.Span.Start >= sentence[^1].Span.End ? null : source;

    /// <summary>
    /// "It is understood that the Polish side pushed for a price of around $30 million per tank": a hedge earlier in the
    /// figure's own sentence makes it hearsay, so no context of record (a price, a term, a position) exempts it. Only a
    /// hedge that frames a statement ("it is understood", "reportedly", "is believed to"): an agentless passive such as
    /// "The margin of error is estimated at 2.8 per cent" says how a figure was reached.
    /// </summary>
    private static bool IsHearsay(Cue? source, ReadOnlySpan<Token> sentence, Figure figure) =>
        source is { Strength: CueStrength.Vague } && source.Span.Start >= sentence[0].Span.Start && source.Span.End <= figure.Span.Start
        && (source.Text.StartsWith("it ", StringComparison.OrdinalIgnoreCase) || source.Text.EndsWith(" to", StringComparison.OrdinalIgnoreCase)
            || source.Text.Equals("reportedly", StringComparison.OrdinalIgnoreCase));

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

    private static readonly WordSet Auxiliaries = new(["is", "are", "was", "were", "be", "been", "has", "have", "had"]);

    /// <summary>"CLAIM: Pennsylvania's rolls include more than 1 million dead people": a fact-check quotes the figure it tests.</summary>
    private static bool IsClaimUnderCheck(ReadOnlySpan<Token> sentence) =>
        sentence.Length > 1 && sentence[0].Text.Equals("claim", StringComparison.OrdinalIgnoreCase) && sentence[1].Text == ":";

    private static int FirstBodyParagraph(SourceMap map)
    {
        var p = 0;
        while (p < map.Paragraphs.Length && map.Paragraphs[p].IsHeading)
        {
            p++;
        }

        return p;
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
    /// ("more than $1 billion" above "about $1.2 billion").
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

    /// <summary>The earliest and latest years the document names; read from the paragraphs' token arrays, which hold every non-trivia token.</summary>
    private static (int Earliest, int Latest) YearRange(SourceMap map)
    {
        var (earliest, latest) = (0, 0);
        foreach (var paragraph in map.Paragraphs)
        {
            foreach (var token in paragraph.Tokens)
            {
                if (Year(token) is > 0 and var year)
                {
                    earliest = earliest == 0 ? year : Math.Min(earliest, year);
                    latest = Math.Max(latest, year);
                }
            }
        }

        return (earliest, latest);
    }

    /// <summary>
    /// "killed more than 4,300 people in Palu in 2018": below the lede of a story that names no other year (a breaking
    /// story rarely names its own), a past event dated with "in" is background. "since 2023" is not: it runs to now.
    /// </summary>
    private static bool NamesYearAfterIn(ReadOnlySpan<Token> tokens)
    {
        for (var k = 1; k < tokens.Length; k++)
        {
            if (Year(tokens[k]) > 0 && tokens[k - 1].IsIgnoreCase("in"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The year that labels a timeline entry ("1938: Nazi mobs attack… Around 30,000 men are sent to camps."), which dates
    /// every sentence of the paragraph; 0 when the paragraph is not such an entry.
    /// </summary>
    private static int EntryYear(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 2 && tokens[1].Text == ":" ? Year(tokens[0]) : 0;

    /// <summary>The earliest year the sentence names, or 0 when it names none.</summary>
    private static int EarliestYear(ReadOnlySpan<Token> tokens)
    {
        var earliest = 0;
        foreach (var token in tokens)
        {
            if (Year(token) is > 0 and var year && (earliest == 0 || year < earliest))
            {
                earliest = year;
            }
        }

        return earliest;
    }

    /// <summary>A year such as 2004 (a bare four-digit number from 1800 to 2100), else 0.</summary>
    /// <remarks>Inlined where every token is asked, so only a number costs a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Year(Token token) => token.Kind == TokenKind.Number ? Year(token.Text) : 0;

    private static int Year(string number) =>
        number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100 ? year : 0;
}
