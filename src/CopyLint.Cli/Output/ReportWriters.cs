using CopyLint.Engine;

namespace CopyLint.Cli.Output;

/// <summary>Creates the writer for a --format.</summary>
public static class ReportWriters
{
    public static IReportWriter Create(ReportFormat format, TextWriter output, bool colour, RuleSet rules, string workingDirectory) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(output),
        ReportFormat.Sarif => new SarifReportWriter(output, rules, workingDirectory),
        ReportFormat.GitHub => new GitHubReportWriter(output),
        _ => new TextReportWriter(output, colour),
    };

    public static ReportFormat Parse(string value) => value switch
    {
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "github" => ReportFormat.GitHub,
        _ => ReportFormat.Text,
    };

    public static string Lower(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "hint",
    };
}
