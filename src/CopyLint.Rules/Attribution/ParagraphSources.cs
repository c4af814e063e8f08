using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Quotes;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// One paragraph as the attribution rules read it: its content tokens (no trivia), which of them are quoted,
/// its quotations, its sentences as token ranges, and the strongest attribution each sentence makes itself.
/// </summary>
internal sealed class ParagraphSources
{
    private SentenceCues _cues = null!;
    private ArraySegment<Token> _tokens;
    private ArraySegment<bool> _quoted;
    private Quotation[] _allQuotations = [];
    private int _firstQuotation;
    private int _quotationCount;

    /// <summary>A heading-like paragraph (<see cref="Paragraph.IsHeadingLike"/>): no prose to source.</summary>
    public bool IsHeading { get; private set; }

    /// <summary>The paragraph's content tokens (<see cref="Shared.ContentTokens"/>).</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>Per token of <see cref="Tokens"/>: true inside a quotation, marks included.</summary>
    public ReadOnlySpan<bool> Quoted => _quoted;

    public ReadOnlySpan<Quotation> Quotations => _allQuotations.AsSpan(_firstQuotation, _quotationCount);

    /// <summary>
    /// Each sentence's [Start, End) range in <see cref="Tokens"/>: a slice of the document's sentences, whose offset
    /// is the index of the paragraph's first sentence in the document.
    /// </summary>
    public ArraySegment<Range> Sentences { get; private set; }

    /// <summary>Makes this the paragraph of a new document; its quotations, <paramref name="count"/> from <paramref name="firstQuotation"/> of the map's, follow (<see cref="SetQuotations"/>).</summary>
    public void Set(SentenceCues cues, bool isHeading, ArraySegment<Token> tokens, ArraySegment<bool> quoted, ArraySegment<Range> sentences, int firstQuotation, int count)
    {
        _cues = cues;
        IsHeading = isHeading;
        _tokens = tokens;
        _quoted = quoted;
        Sentences = sentences;
        _allQuotations = [];
        _firstQuotation = firstQuotation;
        _quotationCount = count;
    }

    /// <summary>The map's quotations, in one array once all are found: the paragraph's are the slice <see cref="Set"/> was told.</summary>
    public void SetQuotations(Quotation[] all) => _allQuotations = all;

    /// <summary>
    /// Sentence <paramref name="s"/>'s own strongest cue outside quotations (firm over vague), or null. Found on first
    /// use: a sentence with no figure or quotation in its reach is never read.
    /// </summary>
    public Cue? CueOf(int s)
    {
        var sentence = Sentences.Offset + s;
        if (!_cues.IsRead(sentence))
        {
            var (offset, length) = Sentences[s].GetOffsetAndLength(Tokens.Length);
            _cues.Read(sentence, Tokens.Slice(offset, length), Quoted.Slice(offset, length));
        }

        return _cues[sentence];
    }

    /// <summary>The content tokens of sentence <paramref name="s"/>.</summary>
    public ReadOnlySpan<Token> TokensOf(int s)
    {
        var (offset, length) = Sentences[s].GetOffsetAndLength(Tokens.Length);
        return Tokens.Slice(offset, length);
    }

    /// <summary>Whether sentence <paramref name="s"/>'s cue has been read (<see cref="CueOf"/>), so asking for it again costs nothing.</summary>
    public bool IsRead(int s) => _cues.IsRead(Sentences.Offset + s);

    /// <summary>The cue of the paragraph's last sentence.</summary>
    public Cue? LastCue => CueOf(Sentences.Count - 1);

    /// <summary>"- 15,000 soldiers…", "• …", "1. …": an item of a list.</summary>
    public bool IsListItem => Tokens.Length > 1 && (Tokens[0].Text is "-" or "*" or "•" or "–" || (Tokens[0].Kind == TokenKind.Number && Tokens[1].Text is "." or ")"));

    /// <summary>
    /// "Brennmark Re: combined ratio 87.2%; net income $2.9 billion; natural catastrophe losses $1.1 billion.": a row of a
    /// results table, one sentence that opens on a capitalised label closing on a colon within its first
    /// <see cref="RowLabelTokens"/> tokens and sets out two or more entries split by semicolons.
    /// </summary>
    public bool IsTableRow
    {
        get
        {
            if (Sentences.Count != 1 || Tokens.Length < 4 || Tokens[0].Kind != TokenKind.Word || !char.IsUpper(Tokens[0].Text[0]))
            {
                return false;
            }

            var label = false;
            var semicolons = 0;
            for (var i = 1; i < Tokens.Length; i++)
            {
                label |= i < RowLabelTokens && semicolons == 0 && Tokens[i].Text == ":";
                semicolons += Tokens[i].Text == ";" ? 1 : 0;
            }

            return label && semicolons >= 2;
        }
    }

    private const int RowLabelTokens = 6;

    /// <summary>A paragraph ending in a colon introduces what follows: a list or a quotation.</summary>
    public bool IsIntroduction => Tokens.Length > 0 && Tokens[^1].Text == ":";

    /// <summary>The sentence holding a token.</summary>
    public int SentenceOf(int token)
    {
        var sentences = Sentences.AsSpan();
        for (var s = 0; s < sentences.Length; s++)
        {
            if (token < sentences[s].End.Value)
            {
                return s;
            }
        }

        return sentences.Length - 1;
    }

    /// <summary>The strongest cue among the sentences in reach of sentence <paramref name="s"/>, its own first.</summary>
    public Cue? CueInReach(int s, Reach reach)
    {
        if (CueOf(s) is { } own)
        {
            // "…the most contaminated country, according to the Monitor. Millions of bomblets are estimated to remain there":
            // an agentless passive names no other source, so it reads as the named source of the sentence just before.
            return own is { Strength: CueStrength.Vague, IsPassive: true } && reach != Reach.Sentence && s > 0 && CueOf(s - 1) is { Strength: CueStrength.Firm } before
                ? before
                : own;
        }

        var (first, last) = reach switch
        {
            Reach.Sentence => (s, s),
            Reach.Neighbours => (Math.Max(0, s - 1), Math.Min(Sentences.Count - 1, s + 1)),
            _ => (0, Sentences.Count - 1),
        };
        return Strongest(first, last);
    }

    /// <summary>The strongest cue of sentences first..last.</summary>
    public Cue? Strongest(int first, int last)
    {
        Cue? best = null;
        for (var k = first; k <= last; k++)
        {
            if (CueOf(k) is { } cue && (best is null || cue.Strength > best.Strength))
            {
                best = cue;
            }

            // Nothing beats a firm cue: the sentences after it need not be read.
            if (best is { Strength: CueStrength.Firm })
            {
                return best;
            }
        }

        return best;
    }
}
