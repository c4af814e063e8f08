using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>The reach of an order a subject issued, counted by its issuer.</summary>
internal sealed partial class FigureFinder
{
    private readonly WordSet _orderNouns = WordSet.From(data, "figure-order-nouns");

    /// <summary>
    /// "Mackenzie County issued the evacuation order at 2 p.m. for Fort Vermilion, affecting about 3,500 people": a count
    /// after "affecting" or "covering" in a sentence whose subject issued an order (figure-order-nouns.txt) is the reach
    /// its issuer gave it. The passive "An order was issued, affecting about 3,500 people" names no issuer and stays a claim.
    /// </summary>
    private bool IsOrderScope(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "affecting") && !IsWord(t, first - 1, "covering"))
        {
            return false;
        }

        for (var k = first - 2; k >= 1; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation && t[k].Text is ";" or ":")
            {
                return false;
            }

            if (IssueVerbs.Contains(t[k].Text) && t[k].Kind == TokenKind.Word)
            {
                return !Passive.Contains(t[k - 1].Text) && IsOrderAfter(t, k + 1, first - 1);
            }
        }

        return false;
    }

    /// <summary>An order noun within a few words after the verb, before <paramref name="end"/>.</summary>
    private bool IsOrderAfter(ReadOnlySpan<Token> t, int from, int end)
    {
        for (var k = from; k < end && k < from + OrderWordsAfter; k++)
        {
            if (t[k].Kind == TokenKind.Word && _orderNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int OrderWordsAfter = 4;

    private static readonly WordSet IssueVerbs = new(["issued", "issues", "extended", "expanded", "widened"]);
}
