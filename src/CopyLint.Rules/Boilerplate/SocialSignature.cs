using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// The signature line an embedded post leaves: "— ABC News (@ABC) May 7, 2025", or Bluesky's "— Jane Smith
/// (@jane.bsky.social) May 7, 2025 at 2:05 PM". A small grammar over the line's tokens: dash, name, bracketed handle
/// (a domain may continue it), date (US or day-first order), Bluesky's time, and nothing after it. A scrape may drop the
/// dash ("NSW Police (@nswpolice) January 19, 2023"): among the copy, a line of a name, a handle and a date alone is no
/// sentence either; above it, it may be the byline ("Jane Smith (@janesmith) May 7, 2025"), so there the dash is needed.
/// </summary>
/// <remarks>
/// Read by hand over the document's tokens: the Superpower grammar this replaced tokenized each candidate line again
/// and allocated parser results per token, a percent and a half of a corpus run where embeds are common.
/// </remarks>
internal sealed class SocialSignature(IReadOnlySet<string> months)
{
    public bool IsMatch(CopyLine line, bool amongCopy = false)
    {
        // The grammar needs a dash first, a handle ("@name") and a year or a time last (the line ends at its last
        // token): most lines fail one before any token is read. The line's end and its '@' are tested before its
        // tokens are copied, since a blockquote's marker changes neither.
        var text = line.Chars;
        if (!EndsAsDateOrTime(text) || !text.Contains('@'))
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = line.Tokens;
        if (IsBlockquoted(tokens))
        {
            // "> — Toronto Maple Leafs (@MapleLeafs) January 15, 2026": the embed kept as a Markdown blockquote.
            text = text[(tokens[1].Span.Start - tokens[0].Span.Start)..];
            tokens = tokens[1..];
        }

        if (text.Length == 0 || !(TokenScanner.IsDash(text[0]) || (amongCopy && char.IsUpper(text[0]))) || !EndsAsDateOrTime(text) || !text.Contains('@'))
        {
            return false;
        }

        return IsSignature(tokens);
    }

    /// <summary>A year or a time last ("2025", "2:05 PM"); false on an empty line.</summary>
    private static bool EndsAsDateOrTime(ReadOnlySpan<char> text) => text.Length > 0 && (char.IsAsciiDigit(text[^1]) || text[^1] is 'M' or 'm');

    private static bool IsBlockquoted(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 1 && tokens[0].Text == ">" && tokens[1].Kind == TokenKind.Dash;

    /// <summary>
    /// "> We're not going to comment on personnel rumors. — Kush Desai (@KushDesai47) November 14, 2025": the post's text
    /// and its signature on one line, as a scrape flattens the embed's quotation, the dash after the post's last sentence.
    /// </summary>
    public bool IsRunOn(CopyLine line)
    {
        var text = line.Chars;
        if (!EndsAsDateOrTime(text) || !text.Contains('@'))
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = line.Tokens;
        for (var d = tokens.Length - 1; d > 0; d--)
        {
            if (tokens[d].Kind == TokenKind.Dash)
            {
                return (tokens[d - 1].Text is "." or "!" or "?" || tokens[d - 1].Kind is TokenKind.Quote or TokenKind.Url) && IsSignature(tokens[d..]);
            }
        }

        return false;
    }

    /// <summary>The grammar over a line's tokens from its dash (or its name, when a scrape dropped the dash).</summary>
    private bool IsSignature(ReadOnlySpan<Token> tokens)
    {
        var start = tokens is [{ Kind: TokenKind.Dash }, ..] ? 1 : 0;
        if (start == 0 && tokens is not [{ Kind: TokenKind.Word }, ..])
        {
            return false;
        }

        var at = start;
        while (at < tokens.Length && (IsNamePart(tokens[at]) || (at > start && IsBracketedAcronym(tokens[at..]))))
        {
            at += IsNamePart(tokens[at]) ? 1 : 3;
        }

        if (at == start || tokens.Length <= at + 2 || !IsPunctuation(tokens[at], "(") || tokens[at + 1].Kind != TokenKind.Handle)
        {
            return false;
        }

        // A Bluesky handle is a domain ("@jane.bsky.social"): the tokens that run on from the handle with no space.
        var close = at + 2;
        while (close < tokens.Length && tokens[close].Span.Start == tokens[close - 1].Span.End && !IsPunctuation(tokens[close], ")"))
        {
            close++;
        }

        return close < tokens.Length && IsPunctuation(tokens[close], ")") && IsDate(tokens[(close + 1)..]);
    }

    /// <summary>Month day[,] year or day month[,] year, then nothing or Bluesky's time ("at 9:14 PM").</summary>
    private bool IsDate(ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length < 3 || !((IsMonth(tokens[0]) && DateTokens.IsDay(tokens[1])) || (DateTokens.IsDay(tokens[0]) && IsMonth(tokens[1]))))
        {
            return false;
        }

        var year = IsPunctuation(tokens[2], ",") ? 3 : 2;
        return tokens.Length > year && DateTokens.IsYear(tokens[year]) && IsNothingOrTime(tokens[(year + 1)..]);
    }

    private static bool IsNothingOrTime(ReadOnlySpan<Token> tokens) =>
        tokens.Length == 0
        || (tokens.Length is 2 or 3 && tokens[0].Text == "at" && tokens[1].Kind == TokenKind.Number && tokens[1].Text.Contains(':')
            && (tokens.Length == 2 || tokens[2].Text is "AM" or "PM" or "am" or "pm"));

    /// <summary>A word of an account's display name, which may hold a comma ("U.S. Attorney's Office, N.D. Cal.").</summary>
    private static bool IsNamePart(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Quote || IsPunctuation(token, ".") || IsPunctuation(token, "&") || IsPunctuation(token, ",");

    /// <summary>An acronym in brackets inside the display name, "World Health Organization (WHO) (@WHO)": a word, never the handle.</summary>
    private static bool IsBracketedAcronym(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 3 && IsPunctuation(tokens[0], "(") && tokens[1].Kind == TokenKind.Word && IsPunctuation(tokens[2], ")");

    private static bool IsPunctuation(Token token, string text) => token.Kind == TokenKind.Punctuation && token.Text == text;

    private bool IsMonth(Token token) => token.Kind == TokenKind.Word && months.Contains(token.Text);
}
