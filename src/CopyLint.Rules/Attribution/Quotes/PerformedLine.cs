using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation named as a line performed from a play, a song or a speech (rules/lists/quote-performed-lines.txt):
/// 'Her delivery of the famous speech about "…"', 'Its chorus – "…" – has become a catchphrase', 'The "To be or not to
/// be" soliloquy is delivered sitting down'. The sentence quotes a work, whose character or singer says it.
/// </summary>
internal sealed class PerformedLine(RuleDataSet data)
{
    private readonly WordSet _nouns = WordSet.From(data, "quote-performed-lines");

    public bool Names(ReadOnlySpan<Token> tokens, Quotation quotation) => NamedBefore(tokens, quotation.Open) || ModifiesNounAfter(tokens, quotation);

    /// <summary>The noun just before the opening mark, or before a dash, a comma or 'about' there ('the line, "…"', 'the speech about "…"').</summary>
    private bool NamedBefore(ReadOnlySpan<Token> tokens, int open)
    {
        var k = open - 1;
        if (k > 0 && (tokens[k].Kind == TokenKind.Dash || tokens[k].Text == "," || tokens[k].IsIgnoreCase("about")))
        {
            k--;
        }

        return k >= 0 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text);
    }

    /// <summary>
    /// 'the "To be or not to be" soliloquy': the noun straight after the closing mark, the quotation ending on a word.
    /// Speech ends on its punctuation before a tag ('"…," words he repeated'), so a quotation ending on punctuation is not a modifier.
    /// </summary>
    private bool ModifiesNounAfter(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        quotation.Close + 1 < tokens.Length && tokens[quotation.Close - 1].IsWordLike
        && tokens[quotation.Close + 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text);
}
