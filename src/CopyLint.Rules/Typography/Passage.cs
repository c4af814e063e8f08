using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A sentence as CL5003 looks it up: a hash of the shapes (<see cref="LetterSet.Shape"/>, which ignores case and inner
/// apostrophes) of its first <see cref="KeyWords"/> compared tokens. Sentences with the same words have the same key;
/// the few others that share one are told apart by <see cref="SameWords"/>, so a sentence is looked up after a walk
/// over its first few words instead of a hash of all of them.
/// </summary>
internal static class Passage
{
    private const int KeyWords = 4;

    public static uint Key(ArraySegment<Token> tokens)
    {
        var hash = 0x2545F491u;
        var keyed = 0;
        foreach (var token in tokens.AsSpan())
        {
            if (IsCompared(token.Kind))
            {
                hash = (hash ^ (uint)LetterSet.Shape(token.Text)) * 0x01000193u;
                hash ^= hash >> 15;
                if (++keyed == KeyWords)
                {
                    break;
                }
            }
        }

        return hash;
    }

    /// <summary>How many words and figures the sentence has.</summary>
    public static int Words(ArraySegment<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens.AsSpan())
        {
            words += token.IsWordLike ? 1 : 0;
        }

        return words;
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

    /// <summary>No figure and no capitalised word after the first: a sentence that names and counts nothing.</summary>
    public static bool NamesNothing(ArraySegment<Token> tokens)
    {
        var first = true;
        foreach (var token in tokens.AsSpan())
        {
            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && !first && char.IsUpper(token.Text[0])))
            {
                return false;
            }

            first &= !token.IsWordLike;
        }

        return true;
    }

    /// <summary>Closing punctuation at the end, before any closing quotes and brackets: a heading or a table row has none.</summary>
    public static bool EndsSentence(ArraySegment<Token> tokens)
    {
        var last = tokens.Count - 1;
        while (last > 0 && (tokens[last].Kind is TokenKind.Quote || tokens[last].Text is ")" or "]" || tokens[last].IsTrivia))
        {
            last--;
        }

        return tokens[last].Kind == TokenKind.Punctuation && tokens[last].Text is "." or "!" or "?" or "…" or "?!" or "!?";
    }

    /// <summary>A quotation and nothing else: opens and closes with a quotation mark and holds no other.</summary>
    public static bool IsOnlyQuotation(ArraySegment<Token> tokens) =>
        tokens[0].Kind == TokenKind.Quote && tokens[^1].Kind == TokenKind.Quote && tokens.Count(t => t.Kind == TokenKind.Quote) == 2;
}
