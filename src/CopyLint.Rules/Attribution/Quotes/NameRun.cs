using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A name in a line that credits a quotation: two or more capitalised words in a row, past an opening function word
/// (rules/lists/quote-name-openers.txt: 'The Irish novelist Siobhán Ní Bhriain', 'Park Ji-yeon').
/// </summary>
internal sealed class NameRun(RuleDataSet data)
{
    private readonly WordSet _openers = WordSet.From(data, "quote-name-openers");

    /// <summary>Whether the tokens hold a name anywhere.</summary>
    public bool In(ReadOnlySpan<Token> tokens) => Find(tokens, beforeComma: false);

    /// <summary>Whether a name runs up to a comma, as a credit gives a name and then a role ('Helen Marsh, chair of …', 'Owen Pritchard, after …').</summary>
    public bool BeforeComma(ReadOnlySpan<Token> tokens) => Find(tokens, beforeComma: true);

    private bool Find(ReadOnlySpan<Token> tokens, bool beforeComma)
    {
        var run = 0;
        foreach (var token in tokens)
        {
            if (run >= 2 && (!beforeComma || token.Text == ","))
            {
                return true;
            }

            run = token is { Kind: TokenKind.Word, IsCapitalized: true } && !(run == 0 && _openers.Contains(token.Text)) ? run + 1 : 0;
        }

        return run >= 2 && !beforeComma;
    }
}
