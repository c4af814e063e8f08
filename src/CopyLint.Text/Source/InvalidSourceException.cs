namespace CopyLint.Text;

/// <summary>The bytes of a file are not copy CopyLint can read (binary, or not UTF-8); says where.</summary>
public sealed class InvalidSourceException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public string Reason { get; } = reason;
}
