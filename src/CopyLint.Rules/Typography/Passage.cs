using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A sentence's words as CL5003 compares them: a hash of their shapes (<see cref="LetterSet.Shape"/>, which ignores
/// case and inner apostrophes), how many there are, and whether the sentence is prose that may be reported.
/// </summary>
internal readonly record struct Passage(uint Hash, bool IsProse)
{
    public const uint SentenceSeed = 0x2545F491u;
    public const uint ParagraphSeed = 0x9E3779B9u;

    /// <summary>One walk over a sentence's tokens; its words are mixed into <paramref name="paragraphHash"/> as well.</summary>
    /// <param name="minWords">Words a sentence needs to be reported.</param>
    public static Passage Of(ArraySegment<Token> tokens, int minWords, ref uint paragraphHash)
    {
        var hash = SentenceSeed;
        var words = 0;
        var quotes = 0;
        foreach (var token in tokens.AsSpan())
        {
            if (IsCompared(token.Kind))
            {
                var key = (uint)LetterSet.Shape(token.Text);
                hash = Mix(hash, key);
                paragraphHash = Mix(paragraphHash, key);
                words += token.IsWordLike ? 1 : 0;
            }
            else if (token.Kind == TokenKind.Quote)
            {
                quotes++;
            }
        }

        return new Passage(hash, words >= minWords && EndsSentence(tokens) && !IsOnlyQuotation(tokens, quotes));
    }

    /// <summary>The tokens that carry words: punctuation, quotation marks, dashes and symbols are what a paste changes.</summary>
    public static bool IsCompared(TokenKind kind) => kind is TokenKind.Word or TokenKind.Number or TokenKind.Url or TokenKind.Email or TokenKind.Handle or TokenKind.Hashtag;

    /// <summary>
    /// True when the compared tokens of both are the same words, ignoring case and the style of apostrophes ("Kim's",
    /// "Kim’s").
    /// </summary>
    public static bool SameWords(ArraySegment<Token> first, ArraySegment<Token> second)
    {
        var a = first.AsSpan();
        var b = second.AsSpan();
        var i = 0;
        var k = 0;
        while (true)
        {
            while (i < a.Length && !IsCompared(a[i].Kind))
            {
                i++;
            }

            while (k < b.Length && !IsCompared(b[k].Kind))
            {
                k++;
            }

            if (i == a.Length || k == b.Length)
            {
                return i == a.Length && k == b.Length;
            }

            if (!SameWord(a[i++].Text, b[k++].Text))
            {
                return false;
            }
        }
    }

    public static bool SameWord(string first, string second)
    {
        if (string.Equals(first, second, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (first.Length != second.Length)
        {
            return false;
        }

        for (var c = 0; c < first.Length; c++)
        {
            if (char.ToLowerInvariant(first[c]) != char.ToLowerInvariant(second[c]) && !(IsApostrophe(first[c]) && IsApostrophe(second[c])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the tokens open with the words of <paramref name="phrase"/> (trivia skipped).</summary>
    public static bool OpensWith(ArraySegment<Token> tokens, string[] phrase)
    {
        var matched = 0;
        foreach (var token in tokens.AsSpan())
        {
            if (matched == phrase.Length)
            {
                return true;
            }

            if (!token.IsTrivia && !SameWord(token.Text, phrase[matched++]))
            {
                return false;
            }
        }

        return matched == phrase.Length;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`' or '´';

    private static uint Mix(uint hash, uint key)
    {
        hash = (hash ^ key) * 0x01000193u;
        return hash ^ (hash >> 15);
    }

    /// <summary>Closing punctuation at the end, before any closing quotes and brackets: a heading or a table row has none.</summary>
    private static bool EndsSentence(ArraySegment<Token> tokens)
    {
        var last = tokens.Count - 1;
        while (last > 0 && (tokens[last].Kind is TokenKind.Quote || tokens[last].Text is ")" or "]" || tokens[last].IsTrivia))
        {
            last--;
        }

        return tokens[last].Kind == TokenKind.Punctuation && tokens[last].Text is "." or "!" or "?" or "…" or "?!" or "!?";
    }

    /// <summary>A quotation and nothing else: opens and closes with a quotation mark and holds no other.</summary>
    private static bool IsOnlyQuotation(ArraySegment<Token> tokens, int quotes) =>
        quotes == 2 && tokens[0].Kind == TokenKind.Quote && tokens[^1].Kind == TokenKind.Quote;
}
