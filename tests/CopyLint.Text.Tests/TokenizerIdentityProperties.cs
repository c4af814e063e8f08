using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CopyLint.Text.Tests;

/// <summary>
/// The document model's fast path (<c>TokenScanner.ScanAll</c>) yields exactly the tokens of the public Superpower
/// tokenizer. (When the single-pass scanner replaced the first one, a frozen copy of the old scanner proved them equal
/// at every position; see the history of this file.)
/// </summary>
public sealed class TokenizerIdentityProperties
{
    // Fragments chosen to hit every branch of the scanner and its edges: URLs, addresses, handles, abbreviations,
    // numbers with currency and suffixes, apostrophes, dashes, comments, marks, surrogate pairs, CRLF.
    private static readonly string[] Fragments =
    [
        "a", "Z", "é", "Ω", "\u0301", "\u0903", "ß", "0", "7", "٣", " ", "  ", "\t", "\u00a0", "\n", "\r", "\r\n",
        ".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]", "/", "\\", "%", "$", "£", "€", "₹", "@", "#", "_", "+",
        "-", "‐", "‑", "–", "—", "―", "'", "’", "‘", "\"", "“", "”", "«", "»", "„", "<", ">", "<!--", "-->", "*", "&",
        "😀", "\ud83d", "http://", "https://", "HTTP://", "www.", "WWW.", ".com", ".co.uk", "example", "pic.twitter.com/",
        "news@", "U.S.", "e.g.", "Kim's", "long-term", "G20", "R4", "KSh", "15,000", ",000", "1,5", "1.5", "3bn", "10th", "2025-05-07", "12:30",
        "the", "The", "Mr", "said", "45-year-old", "x-", "--", "...", "..", "copylint-disable CL5001",
    ];

    private static Arbitrary<string> Copy() =>
        Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property Document_tokens_match_the_Superpower_tokenizer(string? anyText) =>
        Prop.ForAll(Copy(), copy =>
        {
            // Arbitrary strings too, not only copy-like ones: the tokenizer must never disagree on any input.
            var texts = new[] { copy, anyText ?? "" };
            return texts.All(text => Document.Parse(text).Tokens.SequenceEqual(NewsTokenizer.Instance.TokenizeText(text)));
        });

    /// <summary>
    /// <c>TokenScanner.Next</c> answers plain words, single spaces, commas and full stops without the general rules, and
    /// skips the URL and address checks after a word that cannot start one: at every position of any text it must agree
    /// with the general rules alone.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property Shortcuts_agree_with_the_general_rules_at_every_position(string? anyText) =>
        Prop.ForAll(Copy(), copy =>
            new[] { copy, anyText ?? "" }.All(text =>
                Enumerable.Range(0, text.Length).All(p => TokenScanner.Next(text, p) == TokenScanner.NextByGeneralRules(text, p))));

    // Single spaces before every kind of character, at the edges of the visible ASCII range and at the end of the text:
    // where the scanner takes a space with the token before it.
    private static readonly string[] AroundSpaces =
    [
        " ", "  ", "a", "Kim", "7", ",", ".", "!", "~", "\u007f", "\u0080", "\u00a0", "\t", "\n", "\r\n", "é", "’", "—", "\ud83d\ude00",
        "\ud83d", "\u0000", "<!-- x -->", "-",
    ];

    /// <summary>
    /// For any text (any UTF-16, lone surrogates included) the tokens cover it exactly, in order and without gaps, and
    /// they are the tokens <c>TokenScanner.Next</c> yields one at a time.
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property Tokens_cover_any_text_exactly_and_are_the_scanners_one_by_one(string? anyText) =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(AroundSpaces)).Select(parts => string.Concat(parts)).ToArbitrary(), spaced =>
            new[] { spaced, anyText ?? "" }.All(text =>
            {
                var tokens = Document.Parse(text).Tokens;
                var position = 0;
                foreach (var token in tokens)
                {
                    if (token.Span.Start != position || token.Text.Length == 0 || (token.Kind, token.Text.Length) != TokenScanner.Next(text, position)
                        || string.CompareOrdinal(text, position, token.Text, 0, token.Text.Length) != 0)
                    {
                        return false;
                    }

                    position += token.Text.Length;
                }

                return position == text.Length;
            }));

    [Fact]
    public void Tokens_cover_a_real_article_exactly()
    {
        const string text = "WASHINGTON (AP) — U.S. officials said Kim's 45-year-old aide paid $3bn, 15,000 more (see https://example.com/a).\r\n";
        var tokens = Document.Parse(text).Tokens;

        Assert.Equal(text, string.Concat(tokens.Select(t => t.Text)));
        Assert.Equal(tokens.Select(t => t.Span.Start), tokens.Select(t => t.Span.End).Prepend(0).SkipLast(1));
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Url, Text: "https://example.com/a" });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Number, Text: "$3bn" });
        Assert.Contains(tokens, t => t is { Kind: TokenKind.Word, Text: "U.S." });
    }
}
