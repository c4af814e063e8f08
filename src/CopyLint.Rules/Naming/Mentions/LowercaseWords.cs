using System.Numerics;
using System.Runtime.CompilerServices;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// The words of a document that start with a lower-case letter (three letters or more): evidence that a capital is
/// positional ("Analysts" opening a sentence is no name when the article also writes "analysts"). An article asks
/// this of a few words only (fewer than eight in most of the corpus), so the first questions are answered by
/// searching the text, which is vectorised and builds nothing; only a document asked many gets an index of its words.
/// </summary>
public sealed class LowercaseWords(Document document)
{
    /// <summary>
    /// Searches of the whole text before an index is built: about what building one costs (a walk over every token, and
    /// an entry per token), so a document asked many questions pays at most twice what it would with the index alone.
    /// </summary>
    private const int Searches = 8;

    /// <summary>The answers <see cref="ContainsLowercased"/> has given, up to <see cref="Remembered"/>.</summary>
    private const int Remembered = 8;

    private int _searches;
    private Index? _index;
    private (string Word, bool Answer)[]? _answers;
    private int _answered;

    /// <summary>True when the document writes <paramref name="word"/> exactly so (starting with a lower-case letter).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        // Every word held starts in lower case and has three letters or more, so another cannot equal one; most words
        // the document does not write are turned away by the scanner's screen, before a search.
        if (word.Length < 3 || !IsLower(word[0]) || !document.MayWriteWord(word))
        {
            return false;
        }

        if (_index is null && _searches < Searches)
        {
            _searches++;
            return IsWrittenAsWord(word);
        }

        return (_index ??= new Index(document)).Contains(word);
    }

    /// <summary>True when the document writes one of <paramref name="words"/> exactly so: many questions at once, answered from the index.</summary>
    public bool ContainsAny(ReadOnlySpan<string> words)
    {
        _index ??= new Index(document);
        foreach (var word in words)
        {
            if (word.Length >= 3 && IsLower(word[0]) && _index.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the document writes <paramref name="word"/> in lower case ("Analysts" / "analysts"); builds no string for short words.</summary>
    /// <remarks>
    /// The same words are often asked again (the subject of a story opening one sentence after another, "North" and
    /// "South" in turn): the first answers are kept.
    /// </remarks>
    public bool ContainsLowercased(string word)
    {
        _answers ??= new (string, bool)[Remembered];
        for (var k = 0; k < _answered; k++)
        {
            if (string.Equals(word, _answers[k].Word, StringComparison.Ordinal))
            {
                return _answers[k].Answer;
            }
        }

        var answer = ContainsInLowerCase(word);
        if (_answered < Remembered)
        {
            _answers[_answered++] = (word, answer);
        }

        return answer;
    }

    private bool ContainsInLowerCase(string word)
    {
        if (word.Length > 64)
        {
            return Contains(word.ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return Contains(lower);
    }

    /// <summary>Some occurrence of <paramref name="word"/> in the text is a whole word token ("son" in "person" is not).</summary>
    private bool IsWrittenAsWord(ReadOnlySpan<char> word)
    {
        var text = document.Text.AsSpan();
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOf(word);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var token = TokenSearch.StartingAt(tokens, at);
            if (token >= 0 && tokens[token].Kind == TokenKind.Word && tokens[token].Span.Length == word.Length)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool IsLower(char c) => char.IsAsciiLetterLower(c) || (!char.IsAscii(c) && char.IsLower(c));

    /// <summary>
    /// The lower-case words by bucket, for a document asked many questions. One pass chains each word's token into a
    /// bucket chosen by its length and first, second and last characters, without hashing the word or removing
    /// repeats; a look-up compares the words of one bucket.
    /// </summary>
    private sealed class Index
    {
        private readonly ArraySegment<Token> _tokens;
        private readonly string _text;
        private readonly int _shift;

        /// <summary>Per bucket: one more than the index of its last token, 0 when empty.</summary>
        private readonly int[] _last;

        /// <summary>Per token: one more than the index of the token before it in its bucket, 0 for the first.</summary>
        private readonly int[] _previous;

        public Index(Document document)
        {
            _tokens = document.Tokens;
            _text = document.Text;
            ReadOnlySpan<Token> tokens = _tokens;

            // About one bucket per eight tokens (spaces and punctuation count): a few distinct words a bucket.
            var bits = Math.Max(4, BitOperations.Log2((uint)Math.Max(1, tokens.Length / 8)) + 1);
            _shift = 32 - bits;
            _last = new int[1 << bits];

            // Only the entries of lower-case words are written, and a look-up follows only those: no need to clear the rest.
            _previous = GC.AllocateUninitializedArray<int>(tokens.Length);
            for (var i = 0; i < tokens.Length; i++)
            {
                // A token's length is its string's: read only for words that start in lower case (a word is never empty).
                if (tokens[i].Kind != TokenKind.Word || !IsLower(_text[tokens[i].Start]))
                {
                    continue;
                }

                var span = tokens[i].Span;
                if (span.Length > 2)
                {
                    ref var last = ref _last[Bucket(_text.AsSpan(span.Start, span.Length))];
                    _previous[i] = last;
                    last = i + 1;
                }
            }
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            ReadOnlySpan<Token> tokens = _tokens;
            for (var at = _last[Bucket(word)]; at > 0; at = _previous[at - 1])
            {
                var span = tokens[at - 1].Span;
                if (word.SequenceEqual(_text.AsSpan(span.Start, span.Length)))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Bucket(ReadOnlySpan<char> word) =>
            (int)((((uint)word[0] << 16 | word[^1]) * 0x9E3779B1u + ((uint)word[1] << 8 | (uint)word.Length & 0xFF) * 0x85EBCA6Bu) >> _shift);
    }
}
