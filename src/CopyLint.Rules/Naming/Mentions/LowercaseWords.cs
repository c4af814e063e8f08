using System.Numerics;
using System.Runtime.CompilerServices;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// The words of a document that start with a lower-case letter (three letters or more): evidence that a capital is
/// positional ("Analysts" opening a sentence is no name when the article also writes "analysts"). The article asks
/// this of a few words only, so the index is built to be cheap rather than its look-ups: one pass chains each word's
/// token into a bucket chosen by its length and first, second and last characters, without hashing the word or
/// removing repeats; a look-up compares the words of one bucket.
/// </summary>
public sealed class LowercaseWords
{
    private readonly ArraySegment<Token> _tokens;
    private readonly int _shift;

    /// <summary>Per bucket: one more than the index of its last token, 0 when empty.</summary>
    private readonly int[] _last;

    /// <summary>Per token: one more than the index of the token before it in its bucket, 0 for the first.</summary>
    private readonly int[] _previous;

    public LowercaseWords(Document document)
    {
        _tokens = document.Tokens;
        ReadOnlySpan<Token> tokens = _tokens;

        // About one bucket per eight tokens (spaces and punctuation count): a few distinct words a bucket, as look-ups are few.
        var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, tokens.Length / 8)) + 1);
        _shift = 32 - bits;
        _last = new int[1 << bits];

        // Only the entries of lower-case words are written, and a look-up follows only those: no need to clear the rest.
        _previous = GC.AllocateUninitializedArray<int>(tokens.Length);

        // Words are read from the document's text, which is at hand, rather than from their tokens' strings.
        var text = document.Text;
        for (var i = 0; i < tokens.Length; i++)
        {
            var span = tokens[i].Span;
            if (tokens[i].Kind == TokenKind.Word && span.Length > 2 && IsLower(text[span.Start]))
            {
                ref var last = ref _last[Bucket(text.AsSpan(span.Start, span.Length))];
                _previous[i] = last;
                last = i + 1;
            }
        }
    }

    /// <summary>True when the document writes <paramref name="word"/> exactly so (starting with a lower-case letter).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = _tokens;
        for (var at = _last[Bucket(word)]; at > 0; at = _previous[at - 1])
        {
            if (word.SequenceEqual(tokens[at - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the document writes <paramref name="word"/> in lower case ("Analysts" / "analysts"); builds no string for short words.</summary>
    public bool ContainsLowercased(string word)
    {
        if (word.Length > 64)
        {
            return Contains(word.ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return Contains(lower);
    }

    private static bool IsLower(char c) => char.IsAsciiLetterLower(c) || (!char.IsAscii(c) && char.IsLower(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bucket(ReadOnlySpan<char> word) =>
        (int)((((uint)word[0] << 16 | word[^1]) * 0x9E3779B1u + ((uint)word[1] << 8 | (uint)word.Length & 0xFF) * 0x85EBCA6Bu) >> _shift);
}
