using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>
/// Each paragraph's content tokens: its tokens without whitespace, line breaks and comments, as the attribution and
/// repeated-phrase rules read it. Copied once per document and shared by every analyzer that asks; never written to.
/// </summary>
internal static class ContentTokens
{
    /// <summary>The content tokens of each paragraph of the document, by paragraph index.</summary>
    public static Token[][] Of(AnalysisContext context) => context.GetShared(typeof(ContentTokens), Build);

    private static Token[][] Build(Document document)
    {
        var paragraphs = new Token[document.Paragraphs.Count][];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            paragraphs[p] = Without(document.Paragraphs[p].Tokens);
        }

        return paragraphs;
    }

    private static Token[] Without(ArraySegment<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens.AsSpan())
        {
            count += token.IsTrivia ? 0 : 1;
        }

        var content = new Token[count];
        count = 0;
        foreach (var token in tokens.AsSpan())
        {
            if (!token.IsTrivia)
            {
                content[count++] = token;
            }
        }

        return content;
    }
}
