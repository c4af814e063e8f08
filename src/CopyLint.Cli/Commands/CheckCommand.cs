using System.CommandLine;
using System.Text;
using CopyLint.Cli.Files;
using CopyLint.Cli.Output;
using CopyLint.Cli.Running;
using CopyLint.Engine;
using CopyLint.Engine.Baselines;
using Humanizer;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint check [PATH…|-]`: lint files in parallel, report in path order, exit 0/1/2.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Files or folders to check (folders: *.txt and *.md, recursively); '-' reads standard input. Default: the current folder");
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text", HelpName = "text|json|sarif|github" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of standard output", HelpName = "FILE" };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a finding is at least this severe", DefaultValueFactory = _ => "warning", HelpName = "error|warning|info|never" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
        var config = CommonOptions.Config();
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings that are not in this baseline file", HelpName = "FILE" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Record every current finding in FILE (then exit 0)", HelpName = "FILE" };

        var command = new Command("check", "Check copy for defects") { paths, format, output, failOn, config, baseline, writeBaseline };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CommandAction.Guard(context, () => Run(
            context,
            new CheckOptions(
                parse.GetValue(paths) ?? [],
                ReportWriters.Parse(parse.GetValue(format)!),
                parse.GetValue(output),
                CheckOptions.ParseThreshold(parse.GetValue(failOn)!),
                parse.GetValue(config),
                parse.GetValue(baseline),
                parse.GetValue(writeBaseline)),
            cancellationToken))));
        return command;
    }

    public static int Run(CliContext context, CheckOptions options, CancellationToken cancellationToken = default)
    {
        using var session = LintSession.Create(context, options.Config);
        var baseline = options.Baseline is { } baselinePath ? LoadBaseline(context, baselinePath) : null;
        var inputs = InputDiscovery.Discover(options.Paths, context, warning => context.Error.WriteLine($"copylint: warning: {warning}"));
        var planned = session.PlanAhead(inputs);
        IReadOnlyList<Diagnostic> Filter(LintResult result) => baseline?.Filter(result, context.WorkingDirectory) ?? result.Diagnostics;

        using var file = options.Output is { } outputPath ? new StreamWriter(context.FullPath(outputPath), false, new UTF8Encoding(false)) : null;
        using var console = file is null ? new BatchingWriter(context.Out) : null;
        var writer = (TextWriter?)file ?? console!;
        var colour = file is null && Consoles.UseColour(context, context.IsOutputTerminal);
        var report = ReportWriters.Create(options.Format, writer, colour, session.RulesHere(), context.WorkingDirectory);
        var summary = new RunSummary();
        var forBaseline = options.WriteBaseline is null ? null : new List<LintResult>();

        var outcomes = OrderedParallel.Select(planned, input => session.Check(input, Filter, keepResult: forBaseline is not null, cancellationToken), cancellationToken);
        var showProgress = inputs.Count >= Progress.MinimumFiles && context.IsErrorTerminal && !(file is null && context.IsOutputTerminal);
        Progress.Track(context, outcomes, inputs.Count, showProgress, outcome =>
        {
            summary.Add(outcome);
            report.WriteFile(outcome);
            if (context.IsOutputTerminal || outcome.Problem is not null)
            {
                console?.Flush(); // a terminal shows each file as it is checked; an error line follows what came before it
            }
            else
            {
                console?.FlushWhenFull();
            }
            if (outcome.Problem is { } problem)
            {
                context.Error.WriteLine($"copylint: error: {problem}");
            }

            if (outcome.Result is { } result)
            {
                forBaseline?.Add(result);
            }
        });
        report.Complete(summary);
        writer.Flush();
        // The text report ends with the summary; a report in a file or a machine format on a terminal gets it on stderr.
        var summaryOnError = file is not null || (options.Format is ReportFormat.Json or ReportFormat.Sarif && context.IsErrorTerminal);
        if (summaryOnError)
        {
            context.Error.WriteLine(TextReportWriter.Describe(summary));
        }

        if (options.WriteBaseline is { } baselineOut && forBaseline is not null)
        {
            Baseline.FromResults(forBaseline, context.WorkingDirectory).Save(context.FullPath(baselineOut));
            context.Error.WriteLine($"copylint: wrote the baseline of {"finding".ToQuantity(forBaseline.Sum(r => r.Diagnostics.Count))} to {baselineOut}");
            return summary.FilesFailed > 0 ? ExitCodes.Error : ExitCodes.Clean;
        }

        return summary.FilesFailed > 0 ? ExitCodes.Error : summary.Fails(options.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static Baseline LoadBaseline(CliContext context, string path)
    {
        var full = context.FullPath(path);
        return File.Exists(full) ? Baseline.Load(full) : throw new UsageException($"{path}: baseline file not found");
    }
}
