using CopyLint.Rules.Boilerplate;
using CopyLint.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Superpower;
using Superpower.Model;
using Parse = Superpower.Parsers.Token;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// CL1002's signature grammar is read by hand over the document's tokens; it must accept exactly the lines the
/// Superpower grammar it replaced accepts (kept here as the reference), tokenizing each line on its own.
/// </summary>
public sealed class SocialSignatureProperties
{
    private static readonly IReadOnlySet<string> Months = RuleHarness.Data.GetSet("months", StringComparer.Ordinal);

    private static readonly SocialSignature Signature = new(Months);

    private static readonly TokenListParser<TokenKind, bool> Reference = BuildReference(Months);

    private static readonly string[] Fragments =
    [
        "—", "–", "-", "--", " ", " ", "  ", "\t", "ABC", "News", "Dr", ".", "&", "\"", "'", "’", "(", ")", "@ABC", "@jane_s", "@",
        "May", "June", "may", "7", "07", "31", "32", "0", "+5", "2025", "202", "20255", ",", "in", "a", "post", "#tag",
        "<!-- x -->", "https://t.co/x", "1,000", "£5", "2", ":", "\n",
    ];

    private static readonly string[] DateParts = ["May", "June", "may", "7", "07", "0", "31", "32", "2025", "x"];

    private static Gen<string> Lines() =>
        Gen.OneOf(
            Gen.Choose(0, 14).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(string.Concat),
            // Near misses of a real signature: each part kept, dropped or swapped for a fragment.
            (from dash in Gen.Elements("— ", "– ", "- ", "—", "")
             from name in Gen.Elements("ABC News ", "Dr. Kim 2 ", "Marks & Spencer ", "\"The Daily\" Show ", "U.S. Attorney's Office, N.D. Cal. ", "", "( ")
             from handle in Gen.Elements("(@ABC) ", "(@ABC) ", "(@ABC)", "@ABC ", "(ABC) ", "(@ABC) (@B) ")
             from date in Gen.OneOf(
                 Gen.Elements("May 7, 2025", "7 May 2025", "31 May, 2025", "May 32, 2025", "May 7 2025", "7 2025", "May 7, 202", "May 7, 2025 x", "May 7 , 2025", "7 May"),
                 from first in Gen.Elements(DateParts)
                 from second in Gen.Elements(DateParts)
                 from separator in Gen.Elements("", ",", " ,", " .", " x", " 7", " 2025")
                 from year in Gen.Elements("2025", "202", "20255", "0", "2025 2025")
                 select $"{first} {second}{separator} {year}")
             from tail in Gen.Elements("", "", " ", " <!-- c -->", ",")
             select dash + name + handle + date + tail));

    [Property(MaxTest = 2000)]
    public Property The_hand_grammar_accepts_what_the_superpower_grammar_accepts() =>
        Prop.ForAll(Lines().ToArbitrary(), text =>
        {
            var document = Document.Parse("The minister spoke on Tuesday.\n" + text + "\n");
            foreach (var line in CopyLine.Split(document))
            {
                if (!line.IsBlank && Signature.IsMatch(line) != IsReferenceMatch(line.Chars))
                {
                    return false.Label($"line '{line.Text}'");
                }
            }

            return true.ToProperty();
        });

    private static bool IsReferenceMatch(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || !TokenScanner.IsDash(line[0]) || !char.IsAsciiDigit(line[^1]) || !line.Contains('@'))
        {
            return false;
        }

        var tokens = NewsTokenizer.Instance.Tokenize(line.ToString())
            .Where(t => t.Kind is not (TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.Comment))
            .ToArray();
        return tokens.Length > 0 && Reference.TryParse(new TokenList<TokenKind>(tokens)).HasValue;
    }

    private static TokenListParser<TokenKind, bool> BuildReference(IReadOnlySet<string> months)
    {
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
            .Or(Parse.EqualToValue(TokenKind.Punctuation, ","))
            .AtLeastOnce();
        var handle = Parse.EqualToValue(TokenKind.Punctuation, "(")
            .IgnoreThen(Parse.EqualTo(TokenKind.Handle))
            .IgnoreThen(Parse.EqualToValue(TokenKind.Punctuation, ")"));
        return Parse.EqualTo(TokenKind.Dash).IgnoreThen(name).IgnoreThen(handle).IgnoreThen(date).Value(true).AtEnd();
    }
}
