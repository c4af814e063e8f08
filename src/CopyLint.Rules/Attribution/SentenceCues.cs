using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

/// <summary>
/// The strongest cue each sentence of a document makes itself, by the sentence's index in the document, read on first
/// use: a sentence with no figure or quotation in its reach is never read. One array for the document, not one per paragraph.
/// </summary>
internal sealed class SentenceCues(CueFinder cueFinder, AttributionSettings settings, int sentences)
{
    /// <summary>Stands in <see cref="_cues"/> for a sentence not read yet.</summary>
    private static readonly Cue NotRead = new(default, "", CueStrength.Vague, null);

    private readonly Cue?[] _cues = Unread(sentences);

    public Cue? this[int sentence] => _cues[sentence];

    public bool IsRead(int sentence) => !ReferenceEquals(_cues[sentence], NotRead);

    /// <summary>Reads a sentence's content tokens (<paramref name="quoted"/> marks those inside quotations).</summary>
    public void Read(int sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> quoted) =>
        _cues[sentence] = cueFinder.Strongest(tokens, quoted, settings);

    private static Cue?[] Unread(int sentences)
    {
        var cues = new Cue?[sentences];
        Array.Fill(cues, NotRead);
        return cues;
    }
}
