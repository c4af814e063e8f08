using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// CL3003's headline whose speaker follows the colon as a word for a person before "on" and the topic: '"I wanted a place
/// where my mum would eat": chef on opening her Nigerian restaurant' (rules/lists/quote-headline-speakers.txt).
/// '"…": tips on opening a restaurant' names no one and is still reported.
/// </summary>
internal sealed class RoleHeadline(RuleDataSet data)
{
    private readonly WordSet _speakers = WordSet.From(data, "quote-headline-speakers");

    public bool Credits(ReadOnlySpan<Token> tokens, int p, Quotation quotation)
    {
        if (p != 0 || quotation.Close + 3 >= tokens.Length || tokens[quotation.Close + 1].Text != ":"
            || tokens[^1].Text is "." or "!" or "?" or "…")
        {
            return false;
        }

        // A lower-case describer may stand before the noun: "head chef on", "bereaved mother on".
        for (var k = quotation.Close + 2; k < Math.Min(tokens.Length - 1, quotation.Close + 2 + MaxSpeakerWords); k++)
        {
            if (tokens[k] is not { Kind: TokenKind.Word, IsCapitalized: false })
            {
                return false;
            }

            if (tokens[k + 1].Text == "on" && _speakers.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxSpeakerWords = 3;
}
