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

    public bool In(ReadOnlySpan<Token> tokens)
    {
        var run = 0;
        foreach (var token in tokens)
        {
            run = token is { Kind: TokenKind.Word, IsCapitalized: true } && !(run == 0 && _openers.Contains(token.Text)) ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
