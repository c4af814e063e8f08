using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// The passages of a document seen so far, by hash: open addressing over caller-owned slots, each a hash and an entry
/// (a sentence's index, or a paragraph's complemented, stored one up so that 0 marks a free slot).
/// </summary>
internal ref struct PassageTable(Span<int> slots)
{
    private readonly Span<int> _slots = Clear(slots);
    private readonly int _mask = slots.Length / 2 - 1;

    /// <summary>The earlier passage of the same kind with the same words as <paramref name="tokens"/>, or null.</summary>
    public readonly int? Find(Document document, uint hash, ArraySegment<Token> tokens, int entry)
    {
        for (var slot = (int)hash & _mask; _slots[2 * slot + 1] != 0; slot = (slot + 1) & _mask)
        {
            var stored = Decode(_slots[2 * slot + 1]);
            if (_slots[2 * slot] == (int)hash && (stored < 0) == (entry < 0) && Passage.SameWords(TokensOf(document, stored), tokens))
            {
                return stored;
            }
        }

        return null;
    }

    public readonly void Add(uint hash, int entry)
    {
        var slot = (int)hash & _mask;
        while (_slots[2 * slot + 1] != 0)
        {
            slot = (slot + 1) & _mask;
        }

        _slots[2 * slot] = (int)hash;
        _slots[2 * slot + 1] = entry >= 0 ? entry + 1 : entry;
    }

    private static int Decode(int stored) => stored > 0 ? stored - 1 : stored;

    private static ArraySegment<Token> TokensOf(Document document, int entry) =>
        entry >= 0 ? document.Sentences[entry].Tokens : document.Paragraphs[~entry].Tokens;

    private static Span<int> Clear(Span<int> slots)
    {
        slots.Clear();
        return slots;
    }
}
