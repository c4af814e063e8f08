using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A worked example: the figure describes someone the writer imagines, not someone counted.
internal sealed partial class FigureFinder
{
    private const int MaxExampleNounWords = 3;
    private const int MaxExampleReach = 12;

    /// <summary>
    /// "a higher-rate taxpayer with about £12,500 in an easy-access account would already exceed that allowance": a figure
    /// after "with" that describes an indefinite someone ('a', 'an', 'someone', 'anyone' up to three words before),
    /// in a clause that goes on to 'would', is a worked example, not a claim. Without the conditional it is a case
    /// reported as fact ("A pensioner with about £12,500 in savings lost it all").
    /// </summary>
    private static bool IsWorkedExample(ReadOnlySpan<Token> t, int first, int end)
    {
        var with = first - 1;
        if (!IsWord(t, with, "with"))
        {
            return false;
        }

        var someone = false;
        for (var k = with - 1; k >= 0 && k >= with - MaxExampleNounWords && !someone; k--)
        {
            if (t[k].Kind != TokenKind.Word && t[k].Text != "-")
            {
                return false;
            }

            someone = t[k].Text is "a" or "an" or "A" or "An" or "someone" or "Someone" or "anyone" or "Anyone";
        }

        for (var k = end + 1; someone && k < t.Length && k <= end + MaxExampleReach && t[k].Text is not ("." or ";" or ":" or "?"); k++)
        {
            if (IsWord(t, k, "would"))
            {
                return true;
            }
        }

        return false;
    }
}
