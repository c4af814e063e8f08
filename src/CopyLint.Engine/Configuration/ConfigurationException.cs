namespace CopyLint.Engine.Configuration;

/// <summary>A configuration or rule pack file that cannot be used, with the place to fix it.</summary>
public sealed class ConfigurationException(string path, int line, int column, string reason)
    : Exception($"{path}:{line}:{column}: {reason}")
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = reason;
}
