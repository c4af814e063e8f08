using CopyLint.Cli.Output;
using CopyLint.Engine;

namespace CopyLint.Cli.Commands;

/// <summary>What `copylint check` was asked to do.</summary>
/// <param name="FailOn">The lowest severity that fails the run; null for --fail-on never.</param>
public sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    ReportFormat Format = ReportFormat.Text,
    string? Output = null,
    Severity? FailOn = Severity.Warning,
    string? Config = null,
    string? Baseline = null,
    string? WriteBaseline = null)
{
    public static Severity? ParseThreshold(string value) => value switch
    {
        "error" => Severity.Error,
        "info" => Severity.Info,
        "never" => null,
        _ => Severity.Warning,
    };
}
