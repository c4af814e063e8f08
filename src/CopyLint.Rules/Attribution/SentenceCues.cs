using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// The strongest cue each sentence of a document makes itself, by the sentence's index in the document, read on first
/// use: a sentence with no figure or quotation in its reach is never read. One array for the document, not one per paragraph.
/// </summary>
internal sealed class SentenceCues(CueFinder cueFinder, AttributionSettings settings, int sentences)
{
    /// <summary>Stands in <see cref="_cues"/> for a sentence read that makes no cue; null is a sentence not read yet, so a new array needs no filling.</summary>
    private static readonly Cue None = new(default, "", CueStrength.Vague, null);

    private readonly Cue?[] _cues = new Cue?[sentences];

    public Cue? this[int sentence] => _cues[sentence] is var cue && ReferenceEquals(cue, None) ? null : cue;

    public bool IsRead(int sentence) => _cues[sentence] is not null;

    /// <summary>Reads a sentence's content tokens (<paramref name="quoted"/> marks those inside quotations).</summary>
    public void Read(int sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted) =>
        _cues[sentence] = cueFinder.Strongest(tokens, quoted, settings) ?? None;
}
