namespace CopyLint.Cli;

/// <summary>
/// Everything a command touches outside the process: its writers, standard input, the working folder and what the
/// terminal can show. Tests pass their own, so commands run in-process with captured output.
/// </summary>
public sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStandardInput,
    Func<Stream> OpenStandardOutput,
    string WorkingDirectory,
    bool IsOutputTerminal = false,
    bool IsErrorTerminal = false,
    bool NoColor = true)
{
    public static CliContext FromConsole() => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        Environment.CurrentDirectory,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>A path the user typed, made absolute against the working folder.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
