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
    public void Read(int sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted) =>
        _cues[sentence] = _cueFinder.Strongest(tokens, quoted, _settings) ?? None;
}
