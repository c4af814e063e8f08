namespace CopyLint.Cli.Files;

/// <summary>One thing to check: a file (shown as the user's path, or the path found under their folder) or standard input ("-").</summary>
/// <param name="DisplayPath">The path as reported in output.</param>
/// <param name="FullPath">The absolute path; for standard input, a file name in the working folder (for configuration lookup).</param>
/// <param name="Explicit">Named on the command line rather than found in a folder.</param>
public sealed record CheckInput(string DisplayPath, string FullPath, bool IsStandardInput, bool Explicit)
{
    public const string StandardInputPath = "-";
}
