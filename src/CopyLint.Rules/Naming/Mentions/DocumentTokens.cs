using CopyLint.Text;

namespace CopyLint.Rules.Naming;

internal static class DocumentTokens
{
    /// <summary>The document's tokens as a span, for loops over every token: the document keeps them in an array.</summary>
    public static ReadOnlySpan<Token> Of(Document document) => document.Tokens as Token[] ?? [.. document.Tokens];
}
