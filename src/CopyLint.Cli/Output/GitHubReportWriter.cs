using System.Globalization;
using CopyLint.Cli.Running;
using CopyLint.Engine;

namespace CopyLint.Cli.Output;

/// <summary>GitHub Actions workflow commands, which the runner turns into annotations on the changed lines.</summary>
public sealed class GitHubReportWriter(TextWriter output) : IReportWriter
{
    public void WriteFile(FileOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            output.WriteLine($"::error file={EscapeProperty(outcome.Input.DisplayPath)},title=copylint::{EscapeData(problem)}");
            return;
        }

        foreach (var d in outcome.Diagnostics)
        {
            var properties = string.Join(',', [
                $"file={EscapeProperty(d.Path)}",
                Invariant($"line={d.Start.Line}"),
                Invariant($"col={d.Start.Column}"),
                Invariant($"endLine={d.End.Line}"),
                Invariant($"endColumn={d.End.Column}"),
                $"title={EscapeProperty(d.Id)}",
            ]);
            output.WriteLine($"::{Command(d.Severity)} {properties}::{EscapeData(d.Message)}");
        }
    }

    public void Complete(RunSummary summary)
    {
    }

    /// <summary>Escapes a message (the part after "::").</summary>
    public static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a property value, where ':' and ',' also separate.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
