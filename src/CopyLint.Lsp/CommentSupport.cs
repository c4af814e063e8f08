namespace CopyLint.Lsp;

/// <summary>Whether a document's type can carry CopyLint's suppression comments (HTML comments, which publishing systems strip).</summary>
public static class CommentSupport
{
    private static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase) { "markdown", "html", "plaintext", "text", "mdx" };

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".text" };

    public static bool AllowsHtmlComments(OpenDocument document) =>
        Languages.Contains(document.LanguageId) || Extensions.Contains(Path.GetExtension(document.Source.Path));
}
