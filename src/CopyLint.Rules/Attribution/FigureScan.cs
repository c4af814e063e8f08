using System.Runtime.InteropServices;
using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Attribution.Quotes;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// What CL3001 and CL3002 share: the cue and figure finders (built once from the rule data) and a walk over every
/// claim-bearing figure of a document's prose with the source in its reach, null when there is none.
/// </summary>
internal sealed partial class FigureScan(RuleDataSet data)
{
    public CueFinder Cues { get; } = new(data);

    private readonly FigureFinder _figures = new(data);

    private readonly HashSet<string> _summaryLabels = new(data.GetList("figure-summary-labels"), StringComparer.OrdinalIgnoreCase);
    private readonly DataSourceCue _dataSources = new(data);
    private readonly WordSet _hedgeParticiples = WordSet.From(data, "vague-passive-participles");

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
        var run = default(Run);
        for (var k = 0; k < found.Length; k++)
        {
            ref readonly var f = ref found[k];
            run = run.Next(this, map, found, k);
            // "Experts say a few steps can save you hundreds of dollars": a bare magnitude outside a toll is the reporter's
            // description, not a figure the experts give.
            if (!f.IsClaim && (!exact || (f.Figure.IsBareMagnitude && f.Source is { IsGenericAgent: true })))
            {
                continue;
            }

            var continued = f.Source is null && f.Sentence == 0 && !f.IsCalledEstimated ? Continued(map, found[..k], f.Paragraph, f.Figure.Kind, exact, OpeningCount(map, f)) ?? EarlierInSeries(map, found[..k], f) ?? DataLedeAbove(map, found[..k], f) ?? AccountGoesOn(map, f)
                : f.Source is null ? run.SourceFor(found, k) ?? EarlierInParagraphRun(map, found[..k], f) ?? DataLedeAbove(map, found[..k], f) : null;
            var source = f.Source ?? continued ?? f.LedeSource;
            if (source is null && f.IsClaim && !f.IsBackground && IsWorkedOut(map, f))
            {
                continue; // the writer's arithmetic on the figures just given
            }

            visit(state, f.Figure, source ?? (f.IsBackground || !f.IsClaim ? null : Restated(map, found[..k], f) ?? PartOfSourced(map, found[..k], f) ?? SamePeriodAsSourced(map, found[..k], f)), f.IsBackground);
        }

        return map;
    }

    /// <summary>
    /// The source the paragraph before <paramref name="paragraph"/> hands on to its figures of <paramref name="kind"/>: that of
    /// the last such figure (a claim unless <paramref name="exact"/>) of its last sentence with a firm source of its own, or
    /// null. <paramref name="before"/> are the figures found before the one asking, in order. With <paramref name="counted"/>,
    /// only a figure that counts that word or no word hands its source on (<see cref="OpeningCount"/>).
    /// </summary>
    private Cue? Continued(SourceMap map, ReadOnlySpan<FoundFigure> before, int paragraph, FigureKind kind, bool exact, string? counted = null)
    {
        var j = before.Length - 1;
        while (j >= 0 && before[j].Paragraph == paragraph)
        {
            j--;
        }

        for (; j >= 0 && before[j].Paragraph == paragraph - 1 && before[j].InLastSentence; j--)
        {
            ref readonly var f = ref before[j];
            if (f.Figure.Kind == kind && (exact || f.IsClaim) && f.Source is { Strength: CueStrength.Firm } && !IsExempt(map, f) && !CountsAnother(map, f, counted))
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
    /// <see cref="IsCalledEstimated"/>: the copy calls the figure estimated ("An estimated 20,000 street vendors"), so its source must be in its
    /// own sentence and it continues no figure of the paragraph before.
    private readonly record struct FoundFigure(Figure Figure, int Paragraph, int Sentence, bool InLastSentence, Cue? Source, bool IsClaim, bool IsBackground, Cue? LedeSource, bool IsCalledEstimated = false);

    /// <summary>Every figure of every prose paragraph of the map, in order, into <paramref name="into"/>'s <see cref="FoundFigures.Figures"/>.</summary>
    private void Find(AnalysisContext context, SourceMap map, double minimum, FoundFigures into)
    {
        (int Earliest, int Latest) years = (-1, -1); // read on the first sentence with a figure and a year
        var lede = FirstBodyParagraph(map);
        int? firstQuestion = null; // found with the first paragraph's facts
        var memoir = IsWrittenByKin(map);
        var release = ReleaseLabel(map);
        var reportOwner = ReportOwner(map, lede);
        var ownerAct = reportOwner is null ? null : LedeBodyAct(map, lede);
        var found = into.Figures;
        var figures = into.Sentence;
        found.Clear();
        for (var p = 0; p < map.Paragraphs.Length; p++)
        {
            var paragraph = map.Paragraphs[p];
            var before = ReadOnlySpan<Token>.Empty;
            ParagraphFacts? facts = null; // read on the paragraph's first sentence with a figure: most paragraphs have none
            for (var s = 0; s < paragraph.Sentences.Count && !paragraph.IsHeading; s++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                figures.Clear();
                var (offset, length) = paragraph.Sentences[s].GetOffsetAndLength(paragraph.Tokens.Length);
                var sentence = paragraph.Tokens.Slice(offset, length);
                var belowMinimum = _figures.Find(sentence, minimum, exact: true, figures, marketRule: true, before, exemptions: false, measures: true);
                if (belowMinimum && paragraph.CueOf(s) is { Strength: CueStrength.Vague, IsPassive: false })
                {
                    AddHedgedSmallTolls(sentence, minimum, figures, into.Below);
                }

                DropMeasuresNotHearsay(map, paragraph, p, s, offset, sentence, figures);
                var previous = before;
                before = sentence;
                if (figures.Count == 0)
                {
                    continue;
                }

                var (entryYear, answer, summary, announced, selfDescribed) = facts ??= FactsOf(context, map, firstQuestion ??= FirstInterviewQuestion(map), p);
                var earliest = EarliestYear(sentence, decadesBefore: figures[0].FirstToken);
                if (earliest == 0 && !previous.IsEmpty && _figures.IsDatedByPrevious(sentence))
                {
                    earliest = EarliestYear(previous, decadesBefore: previous.Length);
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
                    || earliest > 0 && p > lede && ClosedSpanEnd(sentence) == years.Latest && !NamesYear(map.Paragraphs[lede].Tokens)
                    || IsClaimUnderCheck(sentence);
                var (foundBefore, wholeLeftAlone) = (found.Count, false);
                foreach (var figure in figures)
                {
                    if (figure != figures[0])
                    {
                        wholeLeftAlone = found.Count == foundBefore || found[^1] is { IsClaim: false, Source: null };
                    }

                    foundBefore = found.Count;
                    if (wholeLeftAlone && IsPartOfWhole(sentence, figure))
                    {
                        continue; // a part of the figure before, which needed no source either
                    }

                    var source = map.SourceOfFigure(p, s, offset + figure.FirstToken);
                    source = paragraph.Quoted[offset + figure.FirstToken] ? source
                        : OwnSentenceForEstimated(ForwardOnly(source, sentence), paragraph, s, sentence, figure) ?? EstimateOfSentenceBefore(ForwardOnly(source, sentence), found, p, s, previous, figure);
                    source = InLaterClause(source, sentence, figure) || InEarlierClause(source, sentence, figure) ? null : source;
                    source = paragraph.Quoted[offset + figure.FirstToken] ? source : OwnSubjectPassiveBefore(ReducedHedgeBefore(source, paragraph, sentence), paragraph, sentence);
                    source ??= summary;
                    if (IsRecordedCount(source, sentence, figure))
                    {
                        continue;
                    }

                    if (figure.IsBelowMinimum && source is not { Strength: CueStrength.Vague })
                    {
                        continue; // needs no source: only a hedge standing in for one is reported
                    }

                    if (source is null && answer)
                    {
                        continue; // the interviewee's own figure
                    }

                    if (source is null && memoir && !_figures.IsToll(sentence, figure))
                    {
                        continue; // the writer's own knowledge of the life
                    }

                    if (source is null && announced && !_figures.IsToll(sentence, figure))
                    {
                        continue; // a term of the measures announced
                    }

                    if (source is null && selfDescribed)
                    {
                        continue; // the organisation's own description
                    }

                    if (source is null && (IsListingFragment(paragraph.Tokens, s, sentence) || IsRecalledStart(sentence)) && !_figures.IsToll(sentence, figure))
                    {
                        continue; // a listing's own description, or a profile subject's memory of his start
                    }

                    if (source is null && (IsWorkforceAside(sentence, figure) || IsSourcedDataBasis(map, p, s, sentence, figure, context.Document.Text)))
                    {
                        continue; // an organisation's size in its description, or what the named source's data cover
                    }

                    if (source is null && IsHostedGuestCount(map, p, sentence, figure))
                    {
                        continue; // the host's own guest list
                    }

                    if (source is null && release is not null && IsIssuersOwnWork(map, release, sentence))
                    {
                        continue; // the issuer's account of its own work
                    }

                    if (source is null && p > lede && reportOwner is not null && (IsReportOwnersWork(reportOwner, sentence) || IsOwnersAct(ownerAct, sentence)) && !_figures.IsToll(sentence, figure))
                    {
                        continue; // the body's own work, which the report the lede cites records
                    }

                    if (source is not { Strength: CueStrength.Firm } && figure.MayBeExempt && !IsHearsay(source, sentence, figure) && _figures.IsExempt(sentence, figure, hedged: source is not null))
                    {
                        continue;
                    }

                    var claim = _figures.IsClaim(sentence, figure);
                    var ledeSource = source is null && p == lede ? SourceBelow(map, p + 1, sentence, figure, into.Below) ?? SubjectSourcedBelow(map, p + 1, sentence)
                        ?? ActSourcedBelow(map, p + 1, sentence, figure.FirstToken) ?? OpeningSourceBelow(map, p + 1, context.Document.Text)
                        ?? CompanySourcedBelow(map, p + 1, sentence) ?? MembersSourcedBelow(map, p + 1, sentence, figure) : null;
                    found.Add(new FoundFigure(figure, p, s, s == paragraph.Sentences.Count - 1, source, claim, background, ledeSource, IsCalledEstimated(sentence, figure)));
                }
            }
        }

        SourceTopFromBody(map, found, lede);
    }

    /// <summary>
    /// "has about 1,900 members, of whom about 1,100 live on reserve": a figure after "of whom" counts part of the people
    /// before it, and stands as that figure does ("€1.2 billion in damage, of which about €600 million" stays a claim); so
    /// does a share "of them" ("hosted about 1,300 guests last year, roughly a third of them from overseas").
    /// </summary>
    private static bool IsPartOfWhole(ReadOnlySpan<Token> sentence, Figure figure) =>
        (figure.FirstToken >= 2 && sentence[figure.FirstToken - 2].Text == "of" && sentence[figure.FirstToken - 1].Text == "whom")
        || (figure.Kind == FigureKind.Share && figure.LastToken + 2 < sentence.Length && sentence[figure.LastToken + 1].Text == "of" && sentence[figure.LastToken + 2].Text == "them");

    /// <summary>What paragraph <paramref name="p"/> tells about its figures as a whole (see <see cref="ParagraphFacts"/>).</summary>
    private ParagraphFacts FactsOf(AnalysisContext context, SourceMap map, int firstQuestion, int p)
    {
        var tokens = map.Paragraphs[p].Tokens;
        return new ParagraphFacts(
            EntryYear(tokens),
            IsInterviewAnswer(map, firstQuestion, p),
            IsSummaryItem(map, p, context.Document.Text) ? LastFirmSourceBefore(map, p) : DatedRowSource(map, p),
            IsAnnouncedItem(map, p) || OpensWithDealTerms(tokens),
            IsSelfDescription(map, p));
    }

    /// <summary>
    /// A paragraph's year as an entry of a dated list (0 for none); whether it answers an interview's question; the source a
    /// summary item takes from above it; whether it announces measures or deal terms; whether an organisation describes itself.
    /// </summary>
    private readonly record struct ParagraphFacts(int EntryYear, bool IsAnswer, Cue? Summary, bool IsAnnounced, bool IsSelfDescribed);

    /// <summary>
    /// "At least 40 people were reportedly injured", "officials reportedly said" of "At least 40 people have died": a toll
    /// below the minimum needs no source, but one given only by a hedge in its own sentence is still vague attribution, as
    /// is a sum ("The fee could rise to 15 euros next year, according to sources at city hall") and a rough count ("Insiders
    /// say as many as 40 Labour peers were prepared to rebel"): a hedge gives its size. Not an agentless passive: "At least 20 people are suspected to have died of sunstroke" doubts the cause, not the count.
    /// </summary>
    private void AddHedgedSmallTolls(ReadOnlySpan<Token> sentence, double minimum, List<Figure> figures, List<Figure> spare)
    {
        spare.Clear();
        _figures.Find(sentence, 1, exact: true, spare, exemptions: false);
        foreach (var figure in spare)
        {
            if (figure.Kind != FigureKind.Share && figure.Value < minimum && (figure.Kind == FigureKind.Money || _figures.IsToll(sentence, figure) || IsRoughCount(figure)))
            {
                figures.Add(figure with { IsBelowMinimum = true });
            }
        }

        spare.Clear();
        figures.Sort(static (a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    /// <summary>"as many as 40 Labour peers", "about 30 staff": a count given with an approximator, a size someone judged.</summary>
    private static bool IsRoughCount(Figure figure) => figure.Kind == FigureKind.Count && figure.IsEstimate && !figure.IsBareMagnitude;

    /// <summary>
    /// "in 2018, when 4,526 cases were reported": an exact count (<see cref="FigureFinder.IsExactCount"/>) that is the
    /// subject of an agentless "reported" after it is a statistic of record, not hearsay. "About 4,500 cases were reported"
    /// and "4,526 cases were reportedly found" stay hedged.
    /// </summary>
    private bool IsRecordedCount(Cue? source, ReadOnlySpan<Token> sentence, Figure figure) =>
        source is { Strength: CueStrength.Vague, IsPassive: true } && source.Span.Start >= figure.Span.End && source.Span.End <= sentence[^1].Span.End
        && source.Text.EndsWith(" reported", StringComparison.OrdinalIgnoreCase) && FigureFinder.IsExactCount(sentence, figure);

    /// <summary>"CLAIM: Pennsylvania's rolls include more than 1 million dead people": a fact-check quotes the figure it tests.</summary>
    private static bool IsClaimUnderCheck(ReadOnlySpan<Token> sentence) =>
        sentence.Length > 1 && sentence[0].Text.Equals("claim", StringComparison.OrdinalIgnoreCase) && sentence[1].Text == ":";

    /// <summary>
    /// "At a glance:" over "- About 1.3 million students in Years 3, 5, 7 and 9 sat the tests in March": an item of a list
    /// under a label that sums up the story (rules/lists/figure-summary-labels.txt) restates the results the story
    /// sources above it (<see cref="LastFirmSourceBefore"/>); with no source above, its figures are still reported.
    /// </summary>
    private bool IsSummaryItem(SourceMap map, int p, string text)
    {
        var label = map.IntroductionOf(p) is >= 0 and var intro ? map.Paragraphs[intro].Tokens : [];
        return label.Length > 1 && IsSummaryLabel(text[label[0].Span.Start..label[^2].Span.End]);
    }

    /// <summary>
    /// "Key facts", or the label in a sentence of its own: "Some key facts about the gaokao", "Here are the key points",
    /// "Key findings include".
    /// </summary>
    private bool IsSummaryLabel(string label)
    {
        foreach (var opener in SummaryLabelOpeners)
        {
            if (label.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                label = label[opener.Length..];
                break;
            }
        }

        foreach (var verb in SummaryLabelVerbs)
        {
            if (label.EndsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                label = label[..^verb.Length];
                break;
            }
        }

        var topic = label.IndexOf(" about ", StringComparison.OrdinalIgnoreCase);
        // "The key findings of the analysis are": whose findings, as "about" gives what they are about.
        topic = topic > 0 ? topic : label.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        return _summaryLabels.Contains(topic > 0 ? label[..topic] : label);
    }

    private static readonly string[] SummaryLabelOpeners = ["Here are some ", "Here are the ", "Some ", "The "];

    /// <summary>"Key findings include:", "The key findings of the analysis are:": the label as a lead-in's subject.</summary>
    private static readonly string[] SummaryLabelVerbs = [" include", " included", " are", " were"];

    /// <summary>The last firm source of the story's prose above paragraph <paramref name="p"/>, or null.</summary>
    private static Cue? LastFirmSourceBefore(SourceMap map, int p)
    {
        for (var q = p - 1; q >= 0; q--)
        {
            for (var s = map.Paragraphs[q].Sentences.Count - 1; s >= 0 && !map.Paragraphs[q].IsHeading; s--)
            {
                if (map.Paragraphs[q].CueOf(s) is { Strength: CueStrength.Firm, IsGenericAgent: false } cue)
                {
                    return cue;
                }
            }
        }

        return null;
    }

    private static int FirstBodyParagraph(SourceMap map)
    {
        var p = 0;
        while (p < map.Paragraphs.Length && map.Paragraphs[p].IsHeading)
        {
            p++;
        }

        return p;
    }
}
