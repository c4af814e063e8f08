using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// The sentences of a document seen so far, by their <see cref="Passage.Key"/>: open addressing over caller-owned slots, each
/// a hash and a sentence's index stored one up, so that 0 marks a free slot.
/// </summary>
internal ref struct PassageTable(Span<int> slots)
{
    private readonly Span<int> _slots = Clear(slots);
    private readonly int _mask = slots.Length / 2 - 1;

    /// <summary>The index of an earlier sentence with the same words as <paramref name="tokens"/>, or null.</summary>
    public readonly int? Find(Document document, uint hash, ArraySegment<Token> tokens)
    {
        for (var slot = (int)hash & _mask; _slots[2 * slot + 1] != 0; slot = (slot + 1) & _mask)
        {
            var sentence = _slots[2 * slot + 1] - 1;
            if (_slots[2 * slot] == (int)hash && Passage.SameWords(document.Sentences[sentence].Tokens, tokens))
            {
                return sentence;
            }
        }

        return null;
    }

    public readonly void Add(uint hash, int sentence)
    {
        var slot = (int)hash & _mask;
        while (_slots[2 * slot + 1] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[2 * slot] = (int)hash;
        _slots[2 * slot + 1] = sentence + 1;
    }

    private static Span<int> Clear(Span<int> slots)
    {
        slots.Clear();
        return slots;
    }
}
