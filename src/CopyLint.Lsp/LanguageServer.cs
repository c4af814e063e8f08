namespace CopyLint.Lsp;

/// <summary>The `copylint lsp` entry point: serves the Language Server Protocol over the given streams.</summary>
public static class LanguageServer
{
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        _ = (input, output, cancellationToken);
        Console.Error.WriteLine("copylint lsp: not implemented yet");
        return Task.FromResult(2);
    }
}
