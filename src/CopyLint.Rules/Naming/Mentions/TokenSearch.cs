using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// Finding words by a vectorised search of a document's text rather than a walk over its tokens: a hit counts only
/// where a token starts, which this tells.
/// </summary>
internal static class TokenSearch
{
    /// <summary>The index of the token starting at <paramref name="offset"/>, or -1 when the offset is inside a token.</summary>
    public static int StartingAt(ReadOnlySpan<Token> tokens, int offset)
    {
        var low = 0;
        var high = tokens.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var start = tokens[middle].Span.Start;
            if (start == offset)
            {
                return middle;
            }

            if (start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
