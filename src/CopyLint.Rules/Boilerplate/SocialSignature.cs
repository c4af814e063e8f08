using CopyLint.Text;
using Superpower;
using Superpower.Model;
using Parse = Superpower.Parsers.Token;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// The signature line an embedded post leaves: "— ABC News (@ABC) May 7, 2025". A small Superpower grammar over
/// <see cref="NewsTokenizer"/> tokens: dash, name, bracketed handle, date (US or day-first order).
/// </summary>
internal sealed class SocialSignature
{
    private readonly TokenListParser<TokenKind, bool> _line;

    public SocialSignature(IReadOnlySet<string> months)
    {
        // Chained with IgnoreThen, not LINQ query syntax: a query builds new parsers (and, for Token.EqualTo, their
        // expectation messages) on every parse; these are built once.
        var month = Parse.EqualTo(TokenKind.Word).Where(t => months.Contains(t.ToStringValue()));
        var day = Parse.EqualTo(TokenKind.Number).Where(t => int.TryParse(t.ToStringValue(), out var d) && d is >= 1 and <= 31);
        var year = Parse.EqualTo(TokenKind.Number).Where(t => t.Span.Length == 4 && t.ToStringValue().All(char.IsAsciiDigit));
        var comma = Parse.EqualToValue(TokenKind.Punctuation, ",").OptionalOrDefault();
        var monthFirst = month.IgnoreThen(day).IgnoreThen(comma).IgnoreThen(year);
        var dayFirst = day.IgnoreThen(month).IgnoreThen(comma).IgnoreThen(year);
        var date = monthFirst.Try().Or(dayFirst);

        var name = Parse.EqualTo(TokenKind.Word)
            .Or(Parse.EqualTo(TokenKind.Number))
            .Or(Parse.EqualTo(TokenKind.Quote))
            .Or(Parse.EqualToValue(TokenKind.Punctuation, "."))
            .Or(Parse.EqualToValue(TokenKind.Punctuation, "&"))
            .AtLeastOnce();
        var handle = Parse.EqualToValue(TokenKind.Punctuation, "(")
            .IgnoreThen(Parse.EqualTo(TokenKind.Handle))
            .IgnoreThen(Parse.EqualToValue(TokenKind.Punctuation, ")"));

        _line = Parse.EqualTo(TokenKind.Dash)
            .IgnoreThen(name)
            .IgnoreThen(handle)
            .IgnoreThen(date)
            .Value(true)
            .AtEnd();
    }

    public bool IsMatch(ReadOnlySpan<char> line)
    {
        // The grammar needs a dash first, a handle ("@name") and a year last (the line ends at its last token): most
        // lines fail one before any tokenizing.
        if (line.Length == 0 || !TokenScanner.IsDash(line[0]) || !char.IsAsciiDigit(line[^1]) || !line.Contains('@'))
        {
            return false;
        }

        var tokens = NewsTokenizer.Instance.Tokenize(line.ToString())
            .Where(t => t.Kind is not (TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.Comment))
            .ToArray();
        return tokens.Length > 0 && _line.TryParse(new TokenList<TokenKind>(tokens)).HasValue;
    }
}
