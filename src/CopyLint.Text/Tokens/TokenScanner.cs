using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CopyLint.Text;

/// <summary>
/// Recognises the one token that starts at a position. Pure and allocation-free, so the Superpower tokenizer
/// and anything else that needs to scan copy share one definition of what a token is.
/// </summary>
public static class TokenScanner
{
    /// <remarks>
    /// Inlined into the loops that call it: the two tokens most copy is made of, a word of ASCII letters that nothing
    /// continues and a single space before a visible ASCII character, are answered here without a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (TokenKind Kind, int Length) Next(string text, int start)
    {
        var c = text[start];
        if (char.IsAsciiLetterOrDigit(c))
        {
            var runEnd = AsciiRunEnd(text, start + 1);
            return char.IsAsciiLetter(c) && (runEnd == text.Length || EndsPlainWord(text, runEnd))
                ? (TokenKind.Word, runEnd - start)
                : NextAsciiWordLike(text, start, c, runEnd);
        }

        return c == ' ' && (start + 1 == text.Length || text[start + 1] is > ' ' and < '\u007f')
            ? (TokenKind.Whitespace, 1)
            : NextOther(text, start, c);
    }

    /// <summary>Where the run of ASCII letters and digits from <paramref name="index"/> ends.</summary>
    /// <remarks>
    /// No loop per character, whose exit a word's end would mispredict: the next eight characters are classified at
    /// once in a register, which settles most words, then the eight after, which settles the longer words of copy
    /// ("investigators"), and only a run longer still goes on to the vectorised search (a call that, for the words
    /// copy is made of, cost more than the classifying).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int AsciiRunEnd(string text, int index)
    {
        if (Vector128.IsHardwareAccelerated && index + Vector128<ushort>.Count <= text.Length)
        {
            var others = NotLettersOrDigits(text, index);
            if (others != 0)
            {
                return index + (BitOperations.TrailingZeroCount(others) >> 1);
            }

            index += Vector128<ushort>.Count;
            if (index + Vector128<ushort>.Count <= text.Length)
            {
                others = NotLettersOrDigits(text, index);
                if (others != 0)
                {
                    return index + (BitOperations.TrailingZeroCount(others) >> 1);
                }

                index += Vector128<ushort>.Count;
            }
        }

        var run = text.AsSpan(index).IndexOfAnyExcept(AsciiLettersAndDigits);
        return run < 0 ? text.Length : index + run;
    }

    /// <summary>Two bits for each of the eight characters from <paramref name="index"/> that is no ASCII letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint NotLettersOrDigits(string text, int index)
    {
        var chars = Vector128.Create(MemoryMarshal.Cast<char, ushort>(text.AsSpan(index, Vector128<ushort>.Count)));
        var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digits = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        // Two bits a character: the byte mask is one instruction on every x64, the 16-bit one is not.
        return ~(letters | digits).AsByte().ExtractMostSignificantBits() & 0xFFFFu;
    }

    /// <summary>
    /// True when the character after a run of ASCII letters and digits leaves the run a whole word: ASCII (so not a
    /// letter, mark or typographic apostrophe or hyphen that continues a word), none of what continues a URL, address
    /// or word, and no thousands comma after a digit ("KSh1,200").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsPlainWord(string text, int runEnd) =>
        text[runEnd] is var c && c < '\u0080' && c is not ('.' or '-' or '_' or '%' or '+' or '@' or ':' or '\'')
        && !(c == ',' && char.IsAsciiDigit(text[runEnd - 1]));

    /// <summary>
    /// The token at a position by the general rules alone, without the shortcuts <see cref="Next"/> takes for plain
    /// words, single spaces, commas and full stops, and for words that cannot start a URL: what a property holds it to.
    /// </summary>
    internal static (TokenKind Kind, int Length) NextByGeneralRules(string text, int start)
    {
        var c = text[start];
        return char.IsAsciiLetterOrDigit(c)
            ? NextAsciiWordLike(text, start, c, AsciiRunEnd(text, start + 1), shortcuts: false)
            : NextOther(text, start, c, shortcuts: false);
    }

    private static (TokenKind Kind, int Length) NextOther(string text, int start, char c, bool shortcuts = true)
    {
        // The commonest punctuation first: a comma, or a full stop that does not start a run of dots.
        if (shortcuts && (c == ',' || (c == '.' && At(text, start + 1) != '.')))
        {
            return (TokenKind.Punctuation, 1);
        }

        if (c is '\n' or '\r')
        {
            return (TokenKind.LineBreak, c == '\r' && At(text, start + 1) == '\n' ? 2 : 1);
        }

        if (char.IsWhiteSpace(c))
        {
            var end = start + 1;
            while (end < text.Length && text[end] is var ch && char.IsWhiteSpace(ch) && ch is not ('\n' or '\r'))
            {
                end++;
            }

            return (TokenKind.Whitespace, end - start);
        }

        if (c == '<' && string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return (TokenKind.Comment, (close < 0 ? text.Length : close + 3) - start);
        }

        // URLs and e-mail addresses start with an ASCII letter or digit: handled above.
        if (char.IsDigit(c) || (IsCurrency(c) && char.IsDigit(At(text, start + 1))))
        {
            return (TokenKind.Number, NumberEnd(text, start) - start);
        }

        if (char.IsLetter(c))
        {
            return (TokenKind.Word, WordEnd(text, start, start) - start);
        }

        if (c == '@' && IsHandleChar(At(text, start + 1)) && !IsWordChar(Before(text, start)))
        {
            return (TokenKind.Handle, HandleEnd(text, start + 1) - start);
        }

        if (c == '#' && char.IsLetterOrDigit(At(text, start + 1)) && !IsWordChar(Before(text, start)))
        {
            return (TokenKind.Hashtag, HandleEnd(text, start + 1) - start);
        }

        if (IsQuote(c))
        {
            return (TokenKind.Quote, 1);
        }

        if (IsDash(c) || (c == '.' && At(text, start + 1) == '.'))
        {
            var end = start + 1;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            return (c == '.' ? TokenKind.Punctuation : TokenKind.Dash, end - start);
        }

        if (char.IsPunctuation(c))
        {
            return (TokenKind.Punctuation, 1);
        }

        return (TokenKind.Symbol, char.IsHighSurrogate(c) && char.IsLowSurrogate(At(text, start + 1)) ? 2 : 1);
    }

    /// <summary>
    /// A token starting with an ASCII letter or digit: a URL, e-mail address, number or word. The run of ASCII letters
    /// and digits (to <paramref name="runEnd"/>) is scanned once; only a character that can continue a URL or address
    /// after it (. - _ % + @ :) sends the token through the full URL and address checks, so plain words cost a single pass.
    /// </summary>
    private static (TokenKind Kind, int Length) NextAsciiWordLike(string text, int start, char c, int runEnd, bool shortcuts = true)
    {
        if (At(text, runEnd) is '.' or '-' or '_' or '%' or '+' or '@' or ':' && (!shortcuts || MayBeUrlOrAddress(text, start, runEnd)))
        {
            if (UrlLength(text, start) is > 0 and var url)
            {
                return (TokenKind.Url, url);
            }

            if (EmailLength(text, start) is > 0 and var email)
            {
                return (TokenKind.Email, email);
            }
        }

        return char.IsAsciiDigit(c)
            ? (TokenKind.Number, NumberEnd(text, start) - start)
            : (TokenKind.Word, WordEnd(text, start, runEnd) - start);
    }

    /// <summary>
    /// False where the character after the run rules out a URL and an address at once, as for the commonest cases: a
    /// word ending a sentence or introducing a quotation ("said. ", "said: ").
    /// </summary>
    private static bool MayBeUrlOrAddress(string text, int start, int runEnd) => text[runEnd] switch
    {
        // www. and a host name need a letter or digit after the dot; an address needs an address character or its @.
        '.' => At(text, runEnd + 1) is var after && (after == '@' || AddressCharacters.Contains(after) || char.IsLetterOrDigit(after)),

        // Only a scheme ends in a colon.
        ':' => runEnd - start is 4 or 5 && StartsWithIgnoreCase(text, start, "http"),
        _ => true,
    };

    /// <summary>
    /// Every token of a text, the same tokens <see cref="NewsTokenizer"/> yields but without Superpower's per-token
    /// results: the document model's fast path. One-character ASCII tokens (spaces, punctuation) share cached strings.
    /// </summary>
    /// <param name="marks">
    /// Receives the index of every line break, punctuation mark and quotation mark, in order: the only tokens that
    /// split paragraphs and sentences, so the document model reads these instead of walking every token again. At
    /// least as long as the text.
    /// </param>
    /// <param name="markCount">How many marks were written.</param>
    /// <param name="contentThroughLine">
    /// Receives, for each line (each one a line break token ends, then the last), how many tokens that are not trivia
    /// run from the start of the text through the end of that line: so the content of a run of lines is a subtraction,
    /// not a walk. At least as long as the text has lines.
    /// </param>
    /// <param name="recycled">An array to fill instead of a new one, used when it is long enough.</param>
    /// <remarks>The array may be longer than the tokens; the segment says how many.</remarks>
    /// <param name="lowercaseWords">
    /// Gets a bit set (<see cref="LowercaseWordBit"/>) for each word of three characters or more that does not open with
    /// an ASCII capital: a screen for the words a document writes in lower case (<see cref="Document.MayWriteWord"/>).
    /// </param>
    internal static ArraySegment<Token> ScanAll(string text, Span<int> marks, out int markCount, Span<int> contentThroughLine, Span<ulong> lowercaseWords, Token[]? recycled = null)
    {
        // News copy runs 0.29–0.36 tokens a character (seeds and examples/), so 3/8 rarely has to grow, which would
        // allocate and copy the array again; the array doubles if a text is denser.
        var reserve = text.Length / 8 * 3 + 16;
        var tokens = recycled is not null && recycled.Length >= reserve ? recycled : new Token[reserve];
        var count = 0;
        var oneCharStrings = OneCharStrings; // read once, not a static field (and its initialisation check) per token
        var space = oneCharStrings[' '];
        var markTotal = 0; // a local, not the out parameter: written once at the end, not through a reference per mark
        var lines = 0;
        var content = 0;
        for (var position = 0; position < text.Length; count++)
        {
            var (kind, length) = Next(text, position);
            var c = text[position];
            var value = length == 1 && c < oneCharStrings.Length ? oneCharStrings[c] : text.Substring(position, length);
            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            if (kind is TokenKind.LineBreak or TokenKind.Punctuation or TokenKind.Quote)
            {
                marks[markTotal++] = count;
                if (kind == TokenKind.LineBreak)
                {
                    contentThroughLine[lines++] = content;
                }
            }

            // Trivia (whitespace, line breaks, comments) are the last kinds.
            content += kind < TokenKind.Whitespace ? 1 : 0;

            if (kind == TokenKind.Word && length >= 3 && !char.IsAsciiLetterUpper(c))
            {
                var bit = LowercaseWordBit(length, c, text[position + 1], text[position + length - 1]);
                lowercaseWords[bit >> 6] |= 1UL << bit;
            }

            tokens[count] = new Token(kind, new TextSpan(position, length), value);
            position += length;

            // A single space before a visible ASCII character, as after most words and commas, is taken with the token
            // before it: the same token Next would return, without a turn of the loop and its tests.
            if (position + 1 < text.Length && text[position] == ' ' && text[position + 1] is > ' ' and < '\u007f')
            {
                if (++count == tokens.Length)
                {
                    Array.Resize(ref tokens, tokens.Length * 2);
                }

                tokens[count] = new Token(TokenKind.Whitespace, new TextSpan(position, 1), space);
                position++;
            }
        }

        contentThroughLine[lines] = content;
        markCount = markTotal;
        return new ArraySegment<Token>(tokens, 0, count);
    }

    /// <summary>The bits of <see cref="ScanAll"/>'s lower-case word screen: 1,024, about eight for each distinct word of an article.</summary>
    internal const int LowercaseWordBits = 1024;

    /// <summary>A word's bit in the lower-case word screen, from its length and its first, second and last characters.</summary>
    internal static int LowercaseWordBit(int length, char first, char second, char last) =>
        (int)((((uint)first << 16 | last) * 0x9E3779B1u + ((uint)second << 8 | (uint)length & 0xFF) * 0x85EBCA6Bu) >> 22);

    private static readonly string[] OneCharStrings = [.. Enumerable.Range(0, 128).Select(i => ((char)i).ToString())];

    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚';

    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '―';

    private static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₩' or '₹';

    private static bool IsWordChar(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsJoiningHyphen(char c) => c is '-' or '‐' or '‑';

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static char Before(string text, int index) => index > 0 ? text[index - 1] : '\0';

    private static int HandleEnd(string text, int index)
    {
        while (index < text.Length && IsHandleChar(text[index]))
        {
            index++;
        }

        return index;
    }

    private static int DigitsEnd(string text, int index)
    {
        while (index < text.Length && char.IsDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <param name="knownWordEnd">Where a run of word characters from <paramref name="start"/> is already known to reach.</param>
    private static int WordEnd(string text, int start, int knownWordEnd)
    {
        // Dotted abbreviations as one word: U.S., U.K., e.g.
        if (At(text, start + 1) == '.' && char.IsLetter(At(text, start + 2)) && At(text, start + 3) == '.')
        {
            var i = start;
            while (char.IsLetter(At(text, i)) && At(text, i + 1) == '.')
            {
                i += 2;
            }

            return i;
        }

        var end = knownWordEnd;
        while (end < text.Length)
        {
            var c = text[end];
            if (IsWordChar(c))
            {
                end++;
            }
            else if ((IsApostrophe(c) || IsJoiningHyphen(c)) && IsWordChar(At(text, end + 1)))
            {
                end += 2;
            }
            else if (char.IsAsciiDigit(text[end - 1]) && NumberSeparatorLength(text, end) is > 0 and var separator)
            {
                end += separator;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// A decimal point or thousands comma inside a word's digits, as in a sum whose currency is written in letters
    /// ("R4.2", "EGP1.5bn", "KSh1,200") or a name with a decimal ("PM2.5"): the same separators a number takes.
    /// </summary>
    private static int NumberSeparatorLength(string text, int index) => text[index] switch
    {
        '.' when char.IsAsciiDigit(At(text, index + 1)) => 1,
        ',' when IsThousandsGroup(text, index + 1) => 1,
        _ => 0,
    };

    private static bool IsThousandsGroup(string text, int index) =>
        char.IsDigit(At(text, index)) && char.IsDigit(At(text, index + 1)) && char.IsDigit(At(text, index + 2)) && !char.IsDigit(At(text, index + 3));

    private static int NumberEnd(string text, int start)
    {
        var i = IsCurrency(text[start]) ? start + 1 : start;
        while (true)
        {
            i = DigitsEnd(text, i);
            var c = At(text, i);
            if (c == ',' && IsThousandsGroup(text, i + 1))
            {
                i += 1;
                continue;
            }

            if (c is '.' or ':' && char.IsDigit(At(text, i + 1)))
            {
                i += 1;
                continue;
            }

            break;
        }

        if (At(text, i) == '%')
        {
            return i + 1;
        }

        // A suffix (10th, $3bn, 1990s, 5km) or a hyphenated compound (45-year-old, 2025-05-07, 2-1).
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (IsJoiningHyphen(c) && IsWordChar(At(text, i + 1)))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int UrlLength(string text, int start)
    {
        int bodyStart;
        if (StartsWithIgnoreCase(text, start, "https://") || StartsWithIgnoreCase(text, start, "http://"))
        {
            bodyStart = text.IndexOf("//", start, StringComparison.Ordinal) + 2;
        }
        else if (StartsWithIgnoreCase(text, start, "www.") && char.IsLetterOrDigit(At(text, start + 4)))
        {
            bodyStart = start + 4;
        }
        else if (char.IsAsciiLetterOrDigit(text[start]) && !IsWordChar(Before(text, start)) && BareDomainEnd(text, start) is > 0 and var domainEnd && At(text, domainEnd) == '/')
        {
            bodyStart = domainEnd;
        }
        else
        {
            return 0;
        }

        var end = bodyStart;
        while (end < text.Length && text[end] is var ch && !char.IsWhiteSpace(ch) && ch is not ('<' or '>' or '"' or '“' or '”' or '‘' or '’'))
        {
            end++;
        }

        while (end > bodyStart && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ')' or ']')
        {
            if (text[end - 1] == ')' && text.AsSpan(start, end - start).Contains('('))
            {
                break;
            }

            end--;
        }

        return end > bodyStart ? end - start : 0;
    }

    /// <summary>The end of a host name such as pic.twitter.com (labels of ASCII letters, digits and hyphens, alphabetic TLD), or 0.</summary>
    private static int BareDomainEnd(string text, int start)
    {
        var i = start;
        var labels = 0;
        var lastLabelAlphabetic = false;
        while (true)
        {
            var labelStart = i;
            var label = text.AsSpan(i).IndexOfAnyExcept(HostCharacters);
            i = label < 0 ? text.Length : i + label;
            if (i == labelStart)
            {
                return 0;
            }

            labels++;
            lastLabelAlphabetic = i - labelStart >= 2 && !text.AsSpan(labelStart, i - labelStart).ContainsAnyExcept(AsciiLetters);
            if (At(text, i) == '.' && char.IsAsciiLetterOrDigit(At(text, i + 1)))
            {
                i++;
                continue;
            }

            return labels >= 2 && lastLabelAlphabetic ? i : 0;
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static readonly System.Buffers.SearchValues<char> HostCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly System.Buffers.SearchValues<char> AddressCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static int EmailLength(string text, int start)
    {
        var local = text.AsSpan(start).IndexOfAnyExcept(AddressCharacters);
        var at = local < 0 ? text.Length : start + local;
        if (At(text, at) != '@' || at == start)
        {
            return 0;
        }

        var domainEnd = BareDomainEnd(text, at + 1);
        return domainEnd > 0 ? domainEnd - start : 0;
    }

    private static bool StartsWithIgnoreCase(string text, int start, string prefix) =>
        text.Length - start >= prefix.Length && string.Compare(text, start, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
