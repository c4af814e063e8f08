namespace CopyLint.Lsp;

/// <summary>Maps document URIs to the paths the configuration and messages use.</summary>
public static class DocumentUri
{
    /// <summary>The local path of a file: URI; for any other scheme (an unsaved buffer), a name in the current folder.</summary>
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return parsed.LocalPath;
        }

        var name = uri[(uri.LastIndexOfAny(['/', ':']) + 1)..];
        return Path.Combine(Environment.CurrentDirectory, name.Length > 0 ? name : "untitled");
    }

    public static string FileName(string uri) => Path.GetFileName(ToPath(uri));
}
