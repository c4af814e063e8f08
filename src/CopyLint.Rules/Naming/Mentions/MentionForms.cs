using System.Collections.Immutable;
using System.Numerics;

namespace CopyLint.Rules.Naming;

/// <summary>
/// The distinct written forms of a document's mentions, numbered in order of first appearance: what grouping mentions
/// by form needs, worked out once per document (an array look-up per mention afterwards, no hashing of forms).
/// </summary>
public sealed class MentionForms
{
    /// <summary>Per mention (by <see cref="Mention.Index"/>), the number of its form.</summary>
    private readonly int[] _ids;

    /// <summary>Per form, whether some mention of it is a lone word in running text (not a headline, not a sentence start).</summary>
    private readonly bool[] _inRunningText;

    public MentionForms(ImmutableArray<Mention> mentions)
    {
        _ids = new int[mentions.Length];
        // Open addressing on a hash of the words; a slot holds one more than the index of a form's first mention. The
        // forms are compared word by word: most are never joined into a string.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, mentions.Length * 2));
        Span<int> slots = size <= 1024 ? stackalloc int[size] : new int[size];
        var count = 0;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var slot = Hash(mention.Name) & (size - 1);
            while (slots[slot] != 0 && !SameWords(mentions[slots[slot] - 1].Name, mention.Name))
            {
                slot = (slot + 1) & (size - 1);
            }

            if (slots[slot] == 0)
            {
                slots[slot] = i + 1;
                _ids[i] = count++;
            }
            else
            {
                _ids[i] = _ids[slots[slot] - 1];
            }
        }

        Count = count;
        _inRunningText = new bool[count];
        foreach (var mention in mentions)
        {
            if (mention.Length == 1 && !mention.IsSentenceInitial && !mention.InHeading)
            {
                _inRunningText[_ids[mention.Index]] = true;
            }
        }
    }

    /// <summary>How many distinct forms there are.</summary>
    public int Count { get; }

    /// <summary>The number of <paramref name="mention"/>'s form: equal forms, equal numbers; 0 for the first form written.</summary>
    public int IdOf(Mention mention) => _ids[mention.Index];

    /// <summary>Some one-word mention of this form stands in running text: the capital is the word's own.</summary>
    public bool IsInRunningText(Mention mention) => _inRunningText[_ids[mention.Index]];

    /// <summary>A hash of a name's words from their lengths and first and last characters: cheap, and enough to tell most names apart.</summary>
    private static int Hash(ReadOnlySpan<NameWord> words)
    {
        var hash = 0u;
        foreach (var word in words)
        {
            var text = word.Text;
            hash = (hash ^ ((uint)text.Length << 16 | text[0])) * 0x9E3779B1u ^ text[^1];
        }

        return (int)(hash ^ hash >> 15);
    }

    /// <summary>
    /// Two names have one form (their words joined by spaces): the same words. No word holds a space, so the forms are
    /// equal exactly when the words are.
    /// </summary>
    private static bool SameWords(ReadOnlySpan<NameWord> a, ReadOnlySpan<NameWord> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var k = 0; k < a.Length; k++)
        {
            if (!string.Equals(a[k].Text, b[k].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
