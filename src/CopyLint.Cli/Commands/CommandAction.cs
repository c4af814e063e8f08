using CopyLint.Engine.Configuration;
using CopyLint.Text;

namespace CopyLint.Cli.Commands;

/// <summary>Runs a command body and turns the failures a user can cause into one clear line on stderr and exit code 2.</summary>
internal static class CommandAction
{
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            context.Error.WriteLine($"copylint: error: {message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>The message for an expected failure, or null for a bug (which keeps its stack trace).</summary>
    public static string? Describe(Exception e) => e switch
    {
        UsageException => e.Message,
        ConfigurationException c => $"{c.Path}:{c.Line}:{c.Column}: {c.Reason}",
        InvalidSourceException s => $"{s.Path}:{s.Line}: {s.Reason}",
        FileNotFoundException f => $"{f.FileName ?? "file"}: not found",
        DirectoryNotFoundException => e.Message,
        UnauthorizedAccessException => e.Message,
        IOException => e.Message,
        AggregateException { InnerExceptions.Count: 1 } a => Describe(a.InnerExceptions[0]),
        _ => null,
    };
}
