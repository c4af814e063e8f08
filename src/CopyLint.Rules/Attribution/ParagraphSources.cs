using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Quotes;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// One paragraph as the attribution rules read it: its content tokens (no trivia), which of them are quoted,
/// its quotations, its sentences as token ranges, and the strongest attribution each sentence makes itself.
/// </summary>
internal sealed class ParagraphSources(CueFinder cueFinder, AttributionSettings settings)
{
    private Cue?[]? _cues;

    public required Paragraph Paragraph { get; init; }

    public required Token[] Tokens { get; init; }

    /// <summary>Per token: true inside a quotation, marks included.</summary>
    public required bool[] Quoted { get; init; }

    public required Quotation[] Quotations { get; init; }

    /// <summary>Each sentence's [Start, End) range in <see cref="Tokens"/>.</summary>
    public required Range[] Sentences { get; init; }

    /// <summary>
    /// Each sentence's own strongest cue outside quotations (firm over vague), or null. Found on first use: a paragraph
    /// with no figure or quotation, nor one after it, is never asked.
    /// </summary>
    public Cue?[] Cues => _cues ??= FindCues();

    /// <summary>"- 15,000 soldiers…", "• …", "1. …": an item of a list.</summary>
    public bool IsListItem => Tokens.Length > 1 && (Tokens[0].Text is "-" or "*" or "•" or "–" || (Tokens[0].Kind == TokenKind.Number && Tokens[1].Text is "." or ")"));

    /// <summary>A paragraph ending in a colon introduces what follows: a list or a quotation.</summary>
    public bool IsIntroduction => Tokens.Length > 0 && Tokens[^1].Text == ":";

    public bool IsHeading => Paragraph.IsHeadingLike;

    /// <summary>The sentence holding a token.</summary>
    public int SentenceOf(int token)
    {
        for (var s = 0; s < Sentences.Length; s++)
        {
            if (token < Sentences[s].End.Value)
            {
                return s;
            }
        }

        return Sentences.Length - 1;
    }

    /// <summary>The strongest cue among the sentences in reach of sentence <paramref name="s"/>, its own first.</summary>
    public Cue? CueInReach(int s, Reach reach)
    {
        if (Cues[s] is { } own)
        {
            return own;
        }

        var (first, last) = reach switch
        {
            Reach.Sentence => (s, s),
            Reach.Neighbours => (Math.Max(0, s - 1), Math.Min(Cues.Length - 1, s + 1)),
            _ => (0, Cues.Length - 1),
        };
        return Strongest(first, last);
    }

    /// <summary>The strongest cue of sentences first..last.</summary>
    public Cue? Strongest(int first, int last)
    {
        Cue? best = null;
        for (var k = first; k <= last; k++)
        {
            if (Cues[k] is { } cue && (best is null || cue.Strength > best.Strength))
            {
                best = cue;
            }
        }

        return best;
    }

    private Cue?[] FindCues()
    {
        var best = new Cue?[Sentences.Length];
        var cues = new List<Cue>();
        for (var s = 0; s < Sentences.Length; s++)
        {
            cues.Clear();
            var (offset, length) = Sentences[s].GetOffsetAndLength(Tokens.Length);
            cueFinder.Find(Tokens.AsSpan(offset, length), Quoted.AsSpan(offset, length), settings, cues);
            foreach (var cue in cues)
            {
                best[s] = best[s] is { } other && other.Strength >= cue.Strength ? other : cue;
            }
        }

        return best;
    }
}
