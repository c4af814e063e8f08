using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// The strongest cue each sentence of a document makes itself, by the sentence's index in the document, read on first
/// use: a sentence with no figure or quotation in its reach is never read. One array for the document, not one per
/// paragraph, kept for the next document (<see cref="Reset"/>).
/// </summary>
internal sealed class SentenceCues
{
    /// <summary>Stands in <see cref="_cues"/> for a sentence read that makes no cue; null is a sentence not read yet.</summary>
    private static readonly Cue None = new(default, "", CueStrength.Vague, null);

    private Cue?[] _cues = [];
    private CueFinder _cueFinder = null!;
    private AttributionSettings _settings = null!;

    public Cue? this[int sentence] => _cues[sentence] is var cue && ReferenceEquals(cue, None) ? null : cue;

    /// <summary>Starts a document of <paramref name="sentences"/> sentences, none read.</summary>
    public void Reset(CueFinder cueFinder, AttributionSettings settings, int sentences)
    {
        _cueFinder = cueFinder;
        _settings = settings;
        if (_cues.Length < sentences)
        {
            _cues = new Cue?[Math.Max(sentences, _cues.Length * 2)];
        }
        else
        {
            _cues.AsSpan(0, sentences).Clear();
        }
    }

    public bool IsRead(int sentence) => _cues[sentence] is not null;

    /// <summary>Reads a sentence's content tokens (<paramref name="quoted"/> marks those inside quotations).</summary>
    public void Read(int sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted)
    {
        var label = LabelLength(tokens);
        _cues[sentence] = _cueFinder.Strongest(tokens[label..], quoted[label..], _settings) ?? None;
    }

    private const int MaxLabelWords = 6;

    /// <summary>
    /// "**What they're saying:** "…"": a label in bold closing on a colon, as Axios heads each part of a story, is a
    /// heading; its verb names no one. The tokens of such a label opening the sentence, or 0.
    /// </summary>
    private static int LabelLength(ReadOnlySpan<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Length && IsEmphasis(tokens[k]))
        {
            k++;
        }

        if (k == 0)
        {
            return 0;
        }

        var words = 0;
        while (k < tokens.Length && tokens[k].Kind == TokenKind.Word && ++words <= MaxLabelWords)
        {
            k++;
        }

        if (words == 0 || words > MaxLabelWords || k >= tokens.Length || tokens[k].Text != ":" || k + 1 >= tokens.Length || !IsEmphasis(tokens[k + 1]))
        {
            return 0;
        }

        k++;
        while (k < tokens.Length && IsEmphasis(tokens[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>A Markdown bold or italic mark: '**', '_'.</summary>
    internal static bool IsEmphasis(Token token) => token.Text.Length > 0 && !token.Text.AsSpan().ContainsAnyExcept('*', '_');
}
