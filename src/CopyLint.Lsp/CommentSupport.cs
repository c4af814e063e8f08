using System.Collections.Frozen;

namespace CopyLint.Lsp;

/// <summary>Whether a document's type can carry CopyLint's suppression comments (HTML comments, which publishing systems strip).</summary>
public static class CommentSupport
{
    private static readonly FrozenSet<string> Languages = new[] { "markdown", "html", "plaintext", "text", "mdx" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Extensions = new[] { ".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".text" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool AllowsHtmlComments(OpenDocument document) =>
        Languages.Contains(document.LanguageId) || Extensions.Contains(Path.GetExtension(document.Source.Path));
}
