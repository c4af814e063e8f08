using CopyLint.Text;

namespace CopyLint.Text.Tests;

public sealed class TokenizerTests
{
    private static (TokenKind Kind, string Text)[] Content(string text) =>
        [.. NewsTokenizer.Instance.TokenizeText(text).Where(t => t.Kind is not (TokenKind.Whitespace or TokenKind.LineBreak)).Select(t => (t.Kind, t.Text))];

    [Theory]
    [InlineData("Kim's", TokenKind.Word)]
    [InlineData("Kim’s", TokenKind.Word)]
    [InlineData("long-term", TokenKind.Word)]
    [InlineData("Sang-bum", TokenKind.Word)]
    [InlineData("G20", TokenKind.Word)]
    [InlineData("U.S.", TokenKind.Word)]
    [InlineData("e.g.", TokenKind.Word)]
    [InlineData("Zürich", TokenKind.Word)]
    [InlineData("15,000", TokenKind.Number)]
    [InlineData("1.5", TokenKind.Number)]
    [InlineData("5%", TokenKind.Number)]
    [InlineData("$3bn", TokenKind.Number)]
    [InlineData("£1.2m", TokenKind.Number)]
    [InlineData("10th", TokenKind.Number)]
    [InlineData("45-year-old", TokenKind.Number)]
    [InlineData("2025-05-07", TokenKind.Number)]
    [InlineData("10:30", TokenKind.Number)]
    [InlineData("https://t.co/2nr10f5wAq", TokenKind.Url)]
    [InlineData("pic.twitter.com/5utUhtNA4V", TokenKind.Url)]
    [InlineData("www.example.com", TokenKind.Url)]
    [InlineData("desk@example.co.uk", TokenKind.Email)]
    [InlineData("@ABC", TokenKind.Handle)]
    [InlineData("#Ukraine", TokenKind.Hashtag)]
    [InlineData("—", TokenKind.Dash)]
    [InlineData("–", TokenKind.Dash)]
    [InlineData("“", TokenKind.Quote)]
    [InlineData("...", TokenKind.Punctuation)]
    [InlineData("<!-- copylint-disable CL1001 -->", TokenKind.Comment)]
    public void Recognises_a_single_token(string text, TokenKind kind)
    {
        var tokens = Content(text);
        Assert.Equal([(kind, text)], tokens);
    }

    [Fact]
    public void Splits_a_wire_sentence_into_its_parts()
    {
        var tokens = Content("North Korea’s “official” agency said 15,000 soldiers went.");
        Assert.Equal(
            [
                (TokenKind.Word, "North"), (TokenKind.Word, "Korea’s"), (TokenKind.Quote, "“"), (TokenKind.Word, "official"), (TokenKind.Quote, "”"),
                (TokenKind.Word, "agency"), (TokenKind.Word, "said"), (TokenKind.Number, "15,000"), (TokenKind.Word, "soldiers"), (TokenKind.Word, "went"),
                (TokenKind.Punctuation, "."),
            ],
            tokens);
    }

    [Fact]
    public void Trailing_punctuation_is_not_part_of_a_url_or_number()
    {
        Assert.Equal(
            [(TokenKind.Word, "See"), (TokenKind.Url, "https://example.com/a"), (TokenKind.Punctuation, ","), (TokenKind.Word, "about"), (TokenKind.Number, "15,000"), (TokenKind.Punctuation, ".")],
            Content("See https://example.com/a, about 15,000."));
    }

    [Theory]
    [InlineData("R4.2")]
    [InlineData("EGP1.5bn")]
    [InlineData("KSh1,200")]
    [InlineData("PM2.5")]
    public void A_word_keeps_the_decimal_point_and_thousands_comma_of_its_digits(string text)
    {
        Assert.Equal([(TokenKind.Word, text)], Content(text));
    }

    [Fact]
    public void A_word_ends_at_a_comma_or_full_stop_that_is_no_number_separator()
    {
        Assert.Equal(
            [(TokenKind.Word, "G20"), (TokenKind.Punctuation, ","), (TokenKind.Word, "G7"), (TokenKind.Punctuation, "."), (TokenKind.Word, "R4"), (TokenKind.Punctuation, ","), (TokenKind.Number, "12"), (TokenKind.Word, "R5"), (TokenKind.Punctuation, ","), (TokenKind.Number, "1234")],
            Content("G20, G7. R4,12 R5,1234"));
    }

    [Fact]
    public void A_list_of_numbers_is_not_one_grouped_number()
    {
        Assert.Equal([(TokenKind.Number, "1"), (TokenKind.Punctuation, ","), (TokenKind.Number, "2"), (TokenKind.Punctuation, ","), (TokenKind.Number, "3")], Content("1,2,3"));
    }

    [Fact]
    public void A_spaced_hyphen_is_a_dash_and_an_inner_one_joins()
    {
        Assert.Equal([(TokenKind.Word, "Seoul"), (TokenKind.Dash, "-"), (TokenKind.Word, "state-run")], Content("Seoul - state-run"));
    }

    [Fact]
    public void An_emoji_surrogate_pair_stays_one_token()
    {
        Assert.Equal([(TokenKind.Word, "Wow"), (TokenKind.Symbol, "🎉")], Content("Wow 🎉"));
    }

    [Theory]
    [InlineData("a\r\nb", 1, "\r\n")]
    [InlineData("a\rb", 1, "\r")]
    [InlineData("a\nb", 1, "\n")]
    public void Line_breaks_of_every_style_are_single_tokens(string text, int index, string lineBreak)
    {
        var token = NewsTokenizer.Instance.TokenizeText(text)[index];
        Assert.Equal((TokenKind.LineBreak, lineBreak), (token.Kind, token.Text));
    }
}
