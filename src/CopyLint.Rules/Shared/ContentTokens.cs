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
            paragraphs[p] = Without(document.Paragraphs[p]);
        }

        return paragraphs;
    }

    /// <summary>One pass: the paragraph knows how many content tokens it has.</summary>
    private static Token[] Without(Paragraph paragraph)
    {
        var content = new Token[paragraph.ContentCount];
        var count = 0;
        foreach (var token in paragraph.Tokens.AsSpan())
        {
            if (!token.IsTrivia)
            {
                content[count++] = token;
            }
        }

        return content;
    }
}
