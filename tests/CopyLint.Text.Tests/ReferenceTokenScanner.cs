using CopyLint.Text;

namespace CopyLint.Text.Tests;

/// <summary>
/// The tokenizer's scanner as it was before it was optimised for speed (issue 6), kept verbatim as the oracle the
/// property tests compare the fast scanner with.
/// </summary>
/// <remarks>Deliberately simple and slow: three scans per word and a delegate call per character.</remarks>
internal static class ReferenceTokenScanner
{
    public static (TokenKind Kind, int Length) Next(string text, int start)
    {
        var c = text[start];
        if (c is '\n' or '\r')
        {
            return (TokenKind.LineBreak, c == '\r' && At(text, start + 1) == '\n' ? 2 : 1);
        }

        if (char.IsWhiteSpace(c))
        {
            return (TokenKind.Whitespace, While(text, start, ch => char.IsWhiteSpace(ch) && ch is not ('\n' or '\r')) - start);
        }

        if (c == '<' && string.CompareOrdinal(text, start, "<!--", 0, 4) == 0)
        {
            var close = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            return (TokenKind.Comment, (close < 0 ? text.Length : close + 3) - start);
        }

        if (UrlLength(text, start) is > 0 and var url)
        {
            return (TokenKind.Url, url);
        }

        if (char.IsLetterOrDigit(c) && EmailLength(text, start) is > 0 and var email)
        {
            return (TokenKind.Email, email);
        }

        if (char.IsDigit(c) || (IsCurrency(c) && char.IsDigit(At(text, start + 1))))
        {
            return (TokenKind.Number, NumberEnd(text, start) - start);
        }

        if (char.IsLetter(c))
        {
            return (TokenKind.Word, WordEnd(text, start) - start);
        }

        if (c == '@' && IsHandleChar(At(text, start + 1)) && !IsWordChar(Before(text, start)))
        {
            return (TokenKind.Handle, While(text, start + 1, IsHandleChar) - start);
        }

        if (c == '#' && char.IsLetterOrDigit(At(text, start + 1)) && !IsWordChar(Before(text, start)))
        {
            return (TokenKind.Hashtag, While(text, start + 1, IsHandleChar) - start);
        }

        if (IsQuote(c))
        {
            return (TokenKind.Quote, 1);
        }

        if (IsDash(c))
        {
            return (TokenKind.Dash, While(text, start, ch => ch == c) - start);
        }

        if (c == '.' && At(text, start + 1) == '.')
        {
            return (TokenKind.Punctuation, While(text, start, ch => ch == '.') - start);
        }

        if (char.IsPunctuation(c))
        {
            return (TokenKind.Punctuation, 1);
        }

        return (TokenKind.Symbol, char.IsHighSurrogate(c) && char.IsLowSurrogate(At(text, start + 1)) ? 2 : 1);
    }

    public static bool IsQuote(char c) => c is '"' or '\'' or '“' or '”' or '‘' or '’' or '«' or '»' or '„' or '‚';

    public static bool IsDash(char c) => c is '-' or '‐' or '‑' or '‒' or '–' or '—' or '―';

    private static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₩' or '₹';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsJoiningHyphen(char c) => c is '-' or '‐' or '‑';

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static char Before(string text, int index) => index > 0 ? text[index - 1] : '\0';

    private static int While(string text, int index, Func<char, bool> predicate)
    {
        while (index < text.Length && predicate(text[index]))
        {
            index++;
        }

        return index;
    }

    private static int WordEnd(string text, int start)
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

        var end = start;
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
            else
            {
                break;
            }
        }

        return end;
    }

    private static int NumberEnd(string text, int start)
    {
        var i = IsCurrency(text[start]) ? start + 1 : start;
        while (true)
        {
            i = While(text, i, char.IsDigit);
            var c = At(text, i);
            if (c == ',' && char.IsDigit(At(text, i + 1)) && char.IsDigit(At(text, i + 2)) && char.IsDigit(At(text, i + 3)) && !char.IsDigit(At(text, i + 4)))
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

        var end = While(text, bodyStart, ch => !char.IsWhiteSpace(ch) && ch is not ('<' or '>' or '"' or '“' or '”' or '‘' or '’'));
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
            i = While(text, i, ch => char.IsAsciiLetterOrDigit(ch) || ch == '-');
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

    private static int EmailLength(string text, int start)
    {
        var at = While(text, start, ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '_' or '%' or '+' or '-');
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
