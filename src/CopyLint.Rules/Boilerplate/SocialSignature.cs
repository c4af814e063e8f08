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
        // Every parser is built here, once: a parser written inside a query ("from x in Parse.EqualTo(…)" after the
        // first "from") would be rebuilt on each parse, formatting its expectation messages each time.
        var month = Parse.EqualTo(TokenKind.Word).Where(t => months.Contains(t.ToStringValue()));
        var day = Parse.EqualTo(TokenKind.Number).Where(t => int.TryParse(t.ToStringValue(), out var d) && d is >= 1 and <= 31);
        var year = Parse.EqualTo(TokenKind.Number).Where(t => t.Span.Length == 4 && t.ToStringValue().All(char.IsAsciiDigit));
        var comma = Parse.EqualToValue(TokenKind.Punctuation, ",").OptionalOrDefault();
        var monthFirst = from m in month from d in day from c in comma from y in year select true;
        var dayFirst = from d in day from m in month from c in comma from y in year select true;
        var date = monthFirst.Try().Or(dayFirst);

        var name = Parse.EqualTo(TokenKind.Word)
            .Or(Parse.EqualTo(TokenKind.Number))
            .Or(Parse.EqualTo(TokenKind.Quote))
            .Or(Parse.EqualToValue(TokenKind.Punctuation, "."))
            .Or(Parse.EqualToValue(TokenKind.Symbol, "&"))
            .AtLeastOnce();
        var open = Parse.EqualToValue(TokenKind.Punctuation, "(");
        var handleToken = Parse.EqualTo(TokenKind.Handle);
        var close = Parse.EqualToValue(TokenKind.Punctuation, ")");
        var handle = from o in open from h in handleToken from c in close select h;

        _line = (from dash in Parse.EqualTo(TokenKind.Dash)
                 from n in name
                 from h in handle
                 from d in date
                 select true).AtEnd();
    }

    public bool IsMatch(ReadOnlySpan<char> line)
    {
        // The grammar needs a dash first and a handle ("@name"): most lines fail one before any tokenizing.
        if (line.Length == 0 || !TokenScanner.IsDash(line[0]) || !line.Contains('@'))
        {
            return false;
        }

        var tokens = NewsTokenizer.Instance.Tokenize(line.ToString())
            .Where(t => t.Kind is not (TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.Comment))
            .ToArray();
        return tokens.Length > 0 && _line.TryParse(new TokenList<TokenKind>(tokens)).HasValue;
    }
}
