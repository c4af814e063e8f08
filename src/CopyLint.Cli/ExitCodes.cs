namespace CopyLint.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Clean = 0;

    /// <summary>Findings at or above the --fail-on threshold.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or I/O error.</summary>
    public const int Error = 2;
}
