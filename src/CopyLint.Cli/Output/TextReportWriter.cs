using CopyLint.Cli.Running;
using CopyLint.Engine;
using Humanizer;
using Spectre.Console;

namespace CopyLint.Cli.Output;

/// <summary>
/// For people: "path:line:col: severity ID message", the source line with a caret underline, and a humanized summary.
/// Colour comes from the console (none in files, pipes or under NO_COLOR).
/// </summary>
public sealed class TextReportWriter(IAnsiConsole console) : IReportWriter
{
    public void WriteFile(FileOutcome outcome)
    {
        if (outcome.Result is not { } result)
        {
            return;
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            var d = diagnostic;
            console.MarkupLine($"[bold]{Markup.Escape($"{d.Path}:{d.Start.Line}:{d.Start.Column}")}[/]: [{Style(d.Severity)}]{ReportWriters.Lower(d.Severity)}[/] [dim]{d.Id}[/] {Markup.Escape(d.Message)}");
            if (SourceExcerpt.For(result.Document.Source, d) is { } excerpt)
            {
                var gutter = d.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                console.MarkupLine($"[dim]{gutter} |[/] {Markup.Escape(excerpt.Line)}");
                console.MarkupLine($"[dim]{new string(' ', gutter.Length)} |[/] {new string(' ', excerpt.CaretStart)}[{Style(d.Severity)}]{new string('^', excerpt.CaretLength)}[/]");
            }

            console.WriteLine();
        }
    }

    public void Complete(RunSummary summary)
    {
        console.MarkupLine(Markup.Escape(Describe(summary)));
        if (summary.Fixable > 0)
        {
            console.MarkupLine($"[dim]{Markup.Escape($"{"problem".ToQuantity(summary.Fixable)} can be fixed with 'copylint fix'.")}[/]");
        }
    }

    /// <summary>"3 problems (1 error, 2 warnings) in 2 files", or "No problems in 5 files". "Info" is a mass noun: "2 info", not "2 infos".</summary>
    public static string Describe(RunSummary summary)
    {
        var failed = summary.FilesFailed > 0 ? $"; {"file".ToQuantity(summary.FilesFailed)} could not be read" : string.Empty;
        if (summary.Problems == 0)
        {
            return $"No problems in {"file".ToQuantity(summary.FilesChecked)}{failed}";
        }

        var parts = new[] { (Severity.Error, "error"), (Severity.Warning, "warning"), (Severity.Info, "info"), (Severity.Hint, "hint") }
            .Where(p => summary.Count(p.Item1) > 0)
            .Select(p => p.Item1 == Severity.Info ? $"{summary.Count(p.Item1)} info" : p.Item2.ToQuantity(summary.Count(p.Item1)));
        return $"{"problem".ToQuantity(summary.Problems)} ({string.Join(", ", parts)}) in {"file".ToQuantity(summary.FilesWithProblems)}{failed}";
    }

    private static string Style(Severity severity) => severity switch
    {
        Severity.Error => "red bold",
        Severity.Warning => "yellow",
        Severity.Info => "blue",
        _ => "grey",
    };
}
