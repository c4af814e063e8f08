using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A letter's citation of the article it answers: the headline in brackets with its date, after a comma, and maybe
/// the paper or the section between ('("Rent relief a start, not a solution", SMH, February 24)', '("Council OKs water
/// rate hike," March 5)', '("Fans protest at price rises", Sport, 7 April)'). A headline in sentence case is a title,
/// not speech. A bracketed quotation with no date after it ('("We will not back down", she said)') is still read as speech.
/// </summary>
internal sealed class CitedHeadline(RuleDataSet data)
{
    /// <summary>Capitalised words of the paper's or section's name between the headline and the date: "Sunday Times Magazine".</summary>
    private const int MaxOutletWords = 4;

    private readonly WordSet _months = WordSet.From(data, "months");

    public bool Cites(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        if (quotation.Open == 0 || tokens[quotation.Open - 1].Text != "(" || !quotation.IsClosed(tokens.Length))
        {
            return false;
        }

        var k = quotation.Close + 1;
        if (tokens[quotation.Close - 1].Text != ",")
        {
            if (k >= tokens.Length || tokens[k].Text != ",")
            {
                return false;
            }

            k++;
        }

        // The paper or the section, each name closed by a comma: "SMH,", "Education,".
        var outlet = k;
        while (outlet < tokens.Length && outlet - k < MaxOutletWords && tokens[outlet] is { Kind: TokenKind.Word, IsCapitalized: true } && !IsMonth(tokens[outlet]))
        {
            outlet++;
        }

        if (outlet > k && outlet < tokens.Length && tokens[outlet].Text == ",")
        {
            k = outlet + 1;
        }

        var end = DateEnd(tokens, k);
        return end > k && end < tokens.Length && tokens[end].Text == ")";
    }

    /// <summary>The token after a date starting at <paramref name="k"/> ("12 March", "March 5", "Oct. 12", "9 May 2026"), or <paramref name="k"/> if none starts there.</summary>
    private int DateEnd(ReadOnlySpan<Token> tokens, int k)
    {
        int end;
        if (k + 1 < tokens.Length && DateTokens.IsDay(tokens[k]) && IsMonth(tokens[k + 1]))
        {
            end = k + 2;
        }
        else if (k < tokens.Length && IsMonth(tokens[k]))
        {
            var day = k + 1 < tokens.Length && tokens[k + 1].Text == "." ? k + 2 : k + 1;
            if (day >= tokens.Length || !DateTokens.IsDay(tokens[day]))
            {
                return k;
            }

            end = day + 1;
        }
        else
        {
            return k;
        }

        if (end < tokens.Length && tokens[end].Text == ",")
        {
            end++;
        }

        return end < tokens.Length && DateTokens.IsYear(tokens[end]) ? end + 1 : end;
    }

    private bool IsMonth(Token token) => token.Kind == TokenKind.Word && _months.Contains(token.Text);
}
