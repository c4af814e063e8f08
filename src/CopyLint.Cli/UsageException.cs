namespace CopyLint.Cli;

/// <summary>A problem with what the user asked for (a missing path, a file that exists already); exit code 2, no stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);
