using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// The signature line an embedded post leaves: "— ABC News (@ABC) May 7, 2025". A small grammar over the line's
/// tokens: dash, name, bracketed handle, date (US or day-first order), and nothing after it.
/// </summary>
/// <remarks>
/// Read by hand over the document's tokens: the Superpower grammar this replaced tokenized each candidate line again
/// and allocated parser results per token, a percent and a half of a corpus run where embeds are common.
/// </remarks>
internal sealed class SocialSignature(IReadOnlySet<string> months)
{
    public bool IsMatch(CopyLine line)
    {
        // The grammar needs a dash first, a handle ("@name") and a year last (the line ends at its last token): most
        // lines fail one before any token is read.
        var text = line.Chars;
        if (text.Length == 0 || !TokenScanner.IsDash(text[0]) || !char.IsAsciiDigit(text[^1]) || !text.Contains('@'))
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = line.Tokens;
        if (tokens is not [{ Kind: TokenKind.Dash }, ..])
        {
            return false;
        }

        var at = 1;
        while (at < tokens.Length && IsNamePart(tokens[at]))
        {
            at++;
        }

        return at > 1
            && tokens.Length > at + 2 && IsPunctuation(tokens[at], "(") && tokens[at + 1].Kind == TokenKind.Handle && IsPunctuation(tokens[at + 2], ")")
            && IsDate(tokens[(at + 3)..]);
    }

    /// <summary>Month day[,] year or day month[,] year, and nothing after it.</summary>
    private bool IsDate(ReadOnlySpan<Token> tokens) =>
        tokens.Length >= 3
        && ((IsMonth(tokens[0]) && IsDay(tokens[1])) || (IsDay(tokens[0]) && IsMonth(tokens[1])))
        && (tokens.Length == 3 ? IsYear(tokens[2]) : tokens.Length == 4 && IsPunctuation(tokens[2], ",") && IsYear(tokens[3]));

    private static bool IsNamePart(Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Quote || IsPunctuation(token, ".") || IsPunctuation(token, "&");

    private static bool IsPunctuation(Token token, string text) => token.Kind == TokenKind.Punctuation && token.Text == text;

    private bool IsMonth(Token token) => token.Kind == TokenKind.Word && months.Contains(token.Text);

    private static bool IsDay(Token token) => token.Kind == TokenKind.Number && int.TryParse(token.Text, out var day) && day is >= 1 and <= 31;

    private static bool IsYear(Token token) => token.Kind == TokenKind.Number && token.Text.Length == 4 && !token.Text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
