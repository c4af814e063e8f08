using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>
/// Finding words by a vectorised search of a document's text rather than a walk over its tokens: a hit counts only
/// where a token starts, which this tells.
/// </summary>
internal static class TokenSearch
{
    /// <summary>The index of the token starting at <paramref name="offset"/>, or -1 when the offset is inside a token.</summary>
    public static int StartingAt(ReadOnlySpan<Token> tokens, int offset) =>
        tokens.BinarySearch(new Start(offset)) is >= 0 and var index ? index : -1;

    /// <summary>Orders tokens by where they start, for <see cref="MemoryExtensions.BinarySearch{T, TComparable}(ReadOnlySpan{T}, TComparable)"/>.</summary>
    private readonly struct Start(int offset) : IComparable<Token>
    {
        public int CompareTo(Token token) => offset.CompareTo(token.Start);
    }
}
