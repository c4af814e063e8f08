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
        StandardOutput(),
        Console.Error,
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        Environment.CurrentDirectory,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>
    /// Redirected standard output as <see cref="Console.Out"/> has it (the console's encoding, flushed on every write)
    /// but with a 16 KB buffer: the console's own is 256 characters, so a long report went out in 256-byte system calls.
    /// A terminal keeps <see cref="Console.Out"/>, which also sets the terminal up.
    /// </summary>
    private static TextWriter StandardOutput() => !Console.IsOutputRedirected
        ? Console.Out
        : TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 16 * 1024, leaveOpen: true) { AutoFlush = true });

    /// <summary>A path the user typed, made absolute against the working folder.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
