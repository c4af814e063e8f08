using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

internal sealed partial class FigureFinder
{
    /// <summary>"the humidity [is] [at] about 78%": at most this many linking words between the reading's noun and the share.</summary>
    private const int ReadingLinksBefore = 2;

    /// <summary>
    /// "The track temperature is 34C and the humidity about 78%.": a share that ends its clause after the noun of a weather
    /// reading (figure-reading-nouns.txt) and at most two linking words ("is", "at", "of", "was", "stood") is the reading.
    /// </summary>
    private bool IsWeatherReading(ReadOnlySpan<Token> t, int first, int end)
    {
        if (end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word)
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && k >= first - 1 - ReadingLinksBefore; k--)
        {
            if (t[k].Kind == TokenKind.Word && _words.ReadingNouns.Contains(t[k].Text))
            {
                return true;
            }

            if (!(IsWord(t, k, "is") || IsWord(t, k, "was") || IsWord(t, k, "at") || IsWord(t, k, "of") || IsWord(t, k, "stood")))
            {
                return false;
            }
        }

        return false;
    }
}
