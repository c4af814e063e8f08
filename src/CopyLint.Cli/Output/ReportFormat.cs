namespace CopyLint.Cli.Output;

/// <summary>The --format values of `copylint check`.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
}
