using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CopyLint.Text;

/// <summary>
/// The distinct words one worker has read, each with an id (1 and up; 0 is "not a word"): the scanner looks every word
/// up here, so a word seen before costs no new string, and rules can keep what they work out about a word per entry
/// (<see cref="MarksOf"/>) instead of asking their tables again at every occurrence. Not thread-safe: one per worker.
/// </summary>
/// <remarks>
/// A word is keyed by its length and its first and last four characters, read as two <see cref="ulong"/>s from the
/// text (fewer when shorter, masked): that is the whole word up to eight characters, so most look-ups compare three
/// numbers and never load a string. The table is open-addressed and at most half full.
/// </remarks>
public sealed class Vocabulary
{
    /// <summary>The most entries a vocabulary holds: a token keeps its word's id in 16 bits.</summary>
    public const int Capacity = ushort.MaxValue;

    /// <summary>
    /// A word's slot of the table: its key, its string, its id and the last document that wrote it, in 32 bytes, so a
    /// look-up touches one cache line (what costs, for the rarer words of varied copy, is reaching it).
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong Head;
        public ulong Tail;
        public string? Word;
        public ushort Length;
        public ushort Id;

        /// <summary>The last document (<see cref="Stamp"/>) that wrote the word.</summary>
        public int Seen;
    }

    private Slot[] _slots = new Slot[1024];
    private int _shift = 64 - 10;

    /// <summary>Each id's slot.</summary>
    private int[] _slotOf = new int[256];
    private int _count = 1; // id 0 is no word
    private int _stamp;
    private readonly List<(object Owner, int[] Marks)> _marks = [];

    /// <summary>The number of ids handed out, plus one (id 0): every id is below it.</summary>
    public int Count => _count;

    /// <summary>The word with id <paramref name="id"/>.</summary>
    public string this[int id] => _slots[_slotOf[id]].Word!;

    /// <summary>Whether another document fits: the vocabulary is replaced, not cleared, when full (older documents keep theirs).</summary>
    internal bool IsFull => _count > Limit;

    /// <summary>Entries past which the next document gets a fresh vocabulary: what bounds the table a worker keeps in cache.</summary>
    internal static int Limit { get; } = int.TryParse(Environment.GetEnvironmentVariable("COPYLINT_VOCAB_LIMIT"), out var limit) ? limit : Capacity - 4096;

    /// <summary>The current document's stamp: words it writes are marked with it (<see cref="IsWrittenIn"/>).</summary>
    internal int Stamp => _stamp;

    internal int BeginDocument() => ++_stamp;

    /// <summary>True when the word <paramref name="id"/> is written in the document stamped <paramref name="stamp"/>, the last one read.</summary>
    public bool IsWrittenIn(int id, int stamp) => _slots[_slotOf[id]].Seen == stamp;

    /// <summary>
    /// The word at <paramref name="start"/> of <paramref name="text"/> (<paramref name="length"/> characters): its id,
    /// added if new, marked as written in the current document, and its string. 0 and a new string when the vocabulary is full.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Read(string text, int start, int length, out string word)
    {
        ulong head, tail;
        if (start + 4 <= text.Length)
        {
            ref var first = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start));
            var mask = ulong.MaxValue >> (64 - 16 * Math.Min(length, 4));
            head = Unsafe.ReadUnaligned<ulong>(ref first) & mask;
            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 2 * Math.Max(length - 4, 0))) & mask;
        }
        else
        {
            head = tail = ShortAtEnd(text, start, length);
        }

        var slots = _slots;
        var mask2 = slots.Length - 1;
        for (var at = Hash(head, tail, length, _shift); ; at = (at + 1) & mask2)
        {
            ref var slot = ref slots[at];
            if (slot.Head == head && slot.Tail == tail && slot.Length == length && slot.Word is { } known
                && (length <= 8 || text.AsSpan(start + 4, length - 8).SequenceEqual(known.AsSpan(4, length - 8))))
            {
                slot.Seen = _stamp;
                word = known;
                return slot.Id;
            }

            if (slot.Word is null)
            {
                word = text.Substring(start, length);
                return length > ushort.MaxValue || _count >= Capacity ? 0 : Add(ref slot, at, word, head, tail);
            }
        }
    }

    /// <summary>The key of a word of under four characters that ends the text, where four cannot be read at once.</summary>
    private static ulong ShortAtEnd(string text, int start, int length)
    {
        Span<char> word = stackalloc char[4];
        word.Clear();
        text.AsSpan(start, length).CopyTo(word);
        return MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word));
    }

    /// <summary>The id of <paramref name="word"/> if the vocabulary holds it, else 0. Adds nothing.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        Span<char> padded = stackalloc char[4];
        padded.Clear();
        word[..Math.Min(word.Length, 4)].CopyTo(padded);
        var head = MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(padded));
        var tail = word.Length > 4 ? MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word[^4..])) : head;
        var mask = _slots.Length - 1;
        for (var at = Hash(head, tail, word.Length, _shift); ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Word is null)
            {
                return 0;
            }

            if (slot.Head == head && slot.Tail == tail && slot.Length == word.Length && word.SequenceEqual(slot.Word))
            {
                return slot.Id;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ulong head, ulong tail, int length, int shift) =>
        (int)((head ^ BitOperations.RotateLeft(tail, 29) ^ (uint)length) * 0x9E3779B97F4A7C15UL >> shift);

    private int Add(ref Slot slot, int at, string word, ulong head, ulong tail)
    {
        var id = _count++;
        if (id == _slotOf.Length)
        {
            Array.Resize(ref _slotOf, id * 2);
        }

        slot = new Slot { Head = head, Tail = tail, Word = word, Length = (ushort)word.Length, Id = (ushort)id, Seen = _stamp };
        _slotOf[id] = at;

        // At most three quarters full.
        if (_count * 4 > _slots.Length * 3)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var slots = new Slot[_slots.Length * 2];
        var shift = _shift - 1;
        var mask = slots.Length - 1;
        foreach (ref readonly var old in _slots.AsSpan())
        {
            if (old.Word is null)
            {
                continue;
            }

            var at = Hash(old.Head, old.Tail, old.Length, shift);
            while (slots[at].Word is not null)
            {
                at = (at + 1) & mask;
            }

            slots[at] = old;
            _slotOf[old.Id] = at;
        }

        (_slots, _shift) = (slots, shift);
    }

    /// <summary>
    /// An int per entry that <paramref name="owner"/> alone writes and reads (0 until it does): what it has worked out
    /// about each word, kept with the vocabulary. At least <see cref="Count"/> long; ask again after adding words.
    /// </summary>
    public int[] MarksOf(object owner)
    {
        for (var k = 0; k < _marks.Count; k++)
        {
            if (ReferenceEquals(_marks[k].Owner, owner))
            {
                var marks = _marks[k].Marks;
                if (marks.Length < _count)
                {
                    Array.Resize(ref marks, Math.Max(_count, marks.Length * 2));
                    _marks[k] = (owner, marks);
                }

                return marks;
            }
        }

        var added = new int[Math.Max(_count, 256)];
        _marks.Add((owner, added));
        return added;
    }
}
