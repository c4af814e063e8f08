using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Quotes;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// Where the sources of one document are, for one rule's settings: every paragraph's own cues, and the reach rules
/// that let a cue source a figure or quote nearby. Built per document into arrays the lint reuses for the next one
/// (<see cref="AnalysisContext.GetReused{T}"/>): nothing read from it is kept past the lint.
/// </summary>
internal sealed class SourceMap
{
    private readonly SentenceCues _cues = new();
    private readonly List<Quotation> _found = [];
    private ParagraphSources[] _paragraphs = [];
    private int _count;
    private Range[] _sentences = [];
    private bool[] _quoted = [];
    private Quotation[] _quotations = [];
    private AttributionSettings _settings = null!;
    private CueFinder _cueFinder = null!;

    public ReadOnlySpan<ParagraphSources> Paragraphs => _paragraphs.AsSpan(0, _count);

    /// <summary>
    /// The document's source map for these settings, built once per run and shared by every attribution rule whose
    /// settings shape it alike: the same reach, extra verbs and accepted hedges (and rule data for the cues). The
    /// document's maps are found by comparing settings, so asking costs no key or closure.
    /// </summary>
    public static SourceMap For(AnalysisContext context, CueFinder cueFinder, AttributionSettings settings)
    {
        var maps = context.GetReused<ReusedModels<SourceMap>>(typeof(SourceMap), static (maps, _) => maps.Clear());
        foreach (var map in maps.Built)
        {
            if (map.Fits(cueFinder, settings))
            {
                return map;
            }
        }

        var spare = maps.Spare();
        spare.Fill(context.Document, ContentTokens.Of(context), cueFinder, settings);
        maps.Keep();
        return spare;
    }

    private bool Fits(CueFinder cueFinder, AttributionSettings settings) =>
        _cueFinder.Data == cueFinder.Data && _settings.Reach == settings.Reach
        && SameWords(_settings.ExtraVerbs, settings.ExtraVerbs) && SameWords(_settings.AcceptedHedges, settings.AcceptedHedges);

    /// <summary>The same words ignoring case, as every reader of these sets compares them.</summary>
    private static bool SameWords(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.All(word => b.Contains(word)));

    private void Fill(Document document, ContentTokens content, CueFinder cueFinder, AttributionSettings settings)
    {
        _settings = settings;
        _cueFinder = cueFinder;
        _count = content.Count;
        var sentenceCount = SentenceCount(document);
        Grow(ref _paragraphs, _count);
        Grow(ref _sentences, sentenceCount);
        // One array for the document, index for index with its content tokens.
        Grow(ref _quoted, content.Total);
        _quoted.AsSpan(0, content.Total).Clear();
        _cues.Reset(cueFinder, settings, sentenceCount);
        _found.Clear();
        var firstSentence = 0;
        for (var p = 0; p < _count; p++)
        {
            var paragraph = document.Paragraphs[p];
            var tokens = content[p];
            var marks = new ArraySegment<bool>(_quoted, content.StartOf(p), tokens.Length);
            var firstQuotation = _found.Count;
            if (paragraph.HasQuotationMarks)
            {
                QuotationFinder.Find(tokens, _found);
            }

            for (var q = firstQuotation; q < _found.Count; q++)
            {
                var (open, close, _) = _found[q];
                marks.AsSpan(open, Math.Min(close + 1, tokens.Length) - open).Fill(true);
            }

            var ranges = new ArraySegment<Range>(_sentences, firstSentence, Math.Max(1, paragraph.Sentences.Count));
            SentenceRanges(paragraph, tokens, ranges);
            firstSentence += ranges.Count;
            (_paragraphs[p] ??= new ParagraphSources()).Set(_cues, paragraph.IsHeadingLike, content.Segment(p), marks, ranges, firstQuotation, _found.Count - firstQuotation);
        }

        // The quotations in one array, now that all are found: each paragraph reads its slice.
        Grow(ref _quotations, _found.Count);
        _found.CopyTo(_quotations);
        for (var p = 0; p < _count; p++)
        {
            _paragraphs[p].SetQuotations(_quotations);
        }
    }

    /// <summary>Makes <paramref name="array"/> hold at least <paramref name="length"/> items: a new array when it is shorter, whose items are not kept.</summary>
    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }
    }

    /// <summary>The sentences of the document as the map reads them: a paragraph with none is one.</summary>
    private static int SentenceCount(Document document)
    {
        // By index: a foreach over the list would allocate its enumerator.
        var count = 0;
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            count += Math.Max(1, document.Paragraphs[p].Sentences.Count);
        }

        return count;
    }

    /// <summary>
    /// The source of a figure at <paramref name="token"/> of paragraph <paramref name="p"/>, in its sentence
    /// <paramref name="s"/>: the speaker of the quotation it sits in, else a cue in reach, else the sourced
    /// introduction of the list it belongs to.
    /// </summary>
    public Cue? SourceOfFigure(int p, int s, int token)
    {
        var paragraph = _paragraphs[p];
        if (paragraph.Quoted[token])
        {
            foreach (var quotation in paragraph.Quotations)
            {
                if (quotation.Open <= token && token <= quotation.Close)
                {
                    return SpeakerOf(p, quotation) ?? CitedInQuotation(paragraph, s, quotation, token);
                }
            }
        }

        return paragraph.CueInReach(s, _settings.Reach) ?? ListIntroduction(p);
    }

    /// <summary>
    /// "About 8 per cent of herds had TB restrictions in the last year, according to government statistics.": a quotation
    /// with no speaker (a Q&amp;A's answer) that names a source of its own for the figure, after the figure and in its
    /// sentence, gives it that source; only a firm cue with its agent counts, not "I said" nor "reportedly".
    /// </summary>
    private Cue? CitedInQuotation(ParagraphSources paragraph, int s, Quotation quotation, int token)
    {
        var end = Math.Min(Math.Min(quotation.Close, paragraph.Sentences[s].End.GetOffset(paragraph.Tokens.Length)), paragraph.Tokens.Length);
        var length = end - token - 1;
        if (length < 2 || length > MaxCitedQuotationTokens)
        {
            return null;
        }

        Span<bool> plain = stackalloc bool[length];
        plain.Clear();
        return _cueFinder.Strongest(paragraph.Tokens.Slice(token + 1, length), plain, _settings) is { Strength: CueStrength.Firm, Agent: not null } cue ? cue : null;
    }

    private const int MaxCitedQuotationTokens = 80;

    /// <summary>
    /// Who says a quotation: a cue outside it in its sentence or in reach; else, for a quotation that opens its
    /// paragraph, the speaker named in the paragraph before ("Mr Kim said:") or the quotation it continues.
    /// </summary>
    public Cue? SpeakerOf(int p, Quotation quotation)
    {
        var paragraph = _paragraphs[p];
        var first = paragraph.SentenceOf(quotation.Open);
        var last = paragraph.SentenceOf(Math.Min(quotation.Close, paragraph.Tokens.Length - 1));
        var inReach = paragraph.Strongest(first, last) ?? paragraph.CueInReach(first, _settings.Reach) ?? paragraph.CueInReach(last, _settings.Reach)
            ?? Introduction(paragraph, quotation) ?? Framing(paragraph, quotation, first);
        if (inReach is not null || quotation.Open != 0)
        {
            return inReach;
        }

        if (p == 0 || _paragraphs[p - 1] is not { IsHeading: false } previous)
        {
            return null;
        }

        if (previous.Quotations.Length > 0 && previous.Quotations[^1] is var before
            && (!before.IsClosed(previous.Tokens.Length) || before.Open == 0) && SpeakerOf(p - 1, before) is { } speaker)
        {
            return speaker;
        }

        return previous.LastCue ?? (previous.IsIntroduction ? previous.Strongest(0, previous.Sentences.Count - 1) : null);
    }

    /// <summary>
    /// A colon just before a quotation introduces it, and the clause before the colon presents it: "Her message was
    /// simple: '…'", "The sign read: '…'". That clause stands as the source.
    /// </summary>
    private static Cue? Introduction(ParagraphSources paragraph, Quotation quotation) =>
        quotation.Open > 1 && paragraph.Tokens[quotation.Open - 1] is { Text: ":" } colon
            ? new Cue(colon.Span, paragraph.Tokens[quotation.Open - 2].Text + ":", CueStrength.Firm, null)
            : null;

    /// <summary>"The council's argument that evening buses carry "…"": the possessive speaker framing the quotation in its sentence.</summary>
    private Cue? Framing(ParagraphSources paragraph, Quotation quotation, int sentence)
    {
        var start = paragraph.Sentences[sentence].Start.Value;
        return quotation.Open > start
            ? _cueFinder.Framing(paragraph.Tokens.Slice(start, quotation.Open - start), paragraph.Quoted.Slice(start, quotation.Open - start))
            : null;
    }

    /// <summary>For a list item, the cue of the paragraph ending in a colon that introduces the list.</summary>
    private Cue? ListIntroduction(int p) => IntroductionOf(p) is >= 0 and var q ? _paragraphs[q].LastCue : null;

    /// <summary>
    /// For a list item, the paragraph ending in a colon that introduces its list, or -1. A row of a results table
    /// (<see cref="ParagraphSources.IsTableRow"/>) may also stand under a paragraph whose last sentence gives its firm
    /// source with a full stop: "The figures below are taken from company filings."
    /// </summary>
    public int IntroductionOf(int p)
    {
        var row = _paragraphs[p].IsTableRow;
        if (!row && !_paragraphs[p].IsListItem)
        {
            return -1;
        }

        var q = p - 1;
        while (q >= 0 && (row ? _paragraphs[q].IsTableRow : _paragraphs[q].IsListItem))
        {
            q--;
        }

        return q >= 0 && (_paragraphs[q].IsIntroduction || (row && _paragraphs[q].LastCue is { Strength: CueStrength.Firm })) ? q : -1;
    }

    /// <summary>Writes each sentence's token range into <paramref name="ranges"/>, one per sentence (one for a paragraph with none).</summary>
    private static void SentenceRanges(Paragraph paragraph, ReadOnlySpan<Token> tokens, Span<Range> ranges)
    {
        var start = 0;
        for (var s = 0; s < ranges.Length - 1; s++)
        {
            var end = FirstAtOrAfter(tokens, start, paragraph.Sentences[s].Span.End);
            ranges[s] = new Range(start, end);
            start = end;
        }

        // The last sentence takes every token left, wherever its span ends: its tokens need no walk.
        ranges[^1] = new Range(start, tokens.Length);
    }

    /// <summary>The first of <paramref name="tokens"/> from <paramref name="from"/> on that starts at or after <paramref name="offset"/> (the count if none): a binary search, as tokens are in order.</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int from, int offset)
    {
        var (low, high) = (from, tokens.Length);
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
