using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation given as an example of written wording, after a noun of writing (rules/lists/quote-wording-nouns.txt)
/// and 'such as', 'like' or 'including': 'It uses urgent language, such as "…"', 'messages such as "…"', 'phrases
/// like "…"', 'placards with slogans such as "…" and "…"'. The quotation shows what a text or a message says, not what a person said.
/// </summary>
internal sealed class ExampleWording(RuleDataSet data)
{
    private readonly WordSet _nouns = WordSet.From(data, "quote-wording-nouns");

    public bool Names(ReadOnlySpan<Token> tokens, ReadOnlySpan<Quotation> quotations, Quotation quotation)
    {
        // 'slogans such as "…" and "…"': a quotation joined to the one before by "and", "or" or a comma is an example too.
        var index = quotations.IndexOf(quotation);
        while (index > 0 && quotations[index - 1].Close == quotation.Open - 2 && tokens[quotation.Open - 1].Text is "and" or "or" or ",")
        {
            quotation = quotations[--index];
        }

        var k = quotation.Open - 1;
        if (k >= 1 && tokens[k].IsIgnoreCase("as") && tokens[k - 1].IsIgnoreCase("such"))
        {
            k -= 2;
        }
        else if (k >= 0 && (tokens[k].IsIgnoreCase("like") || tokens[k].IsIgnoreCase("including")))
        {
            k--;
        }
        else
        {
            return false;
        }

        if (k >= 0 && tokens[k].Text == ",")
        {
            k--;
        }

        return k >= 0 && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: false } noun && _nouns.Contains(noun.Text);
    }
}
