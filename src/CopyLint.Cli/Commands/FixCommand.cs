using System.CommandLine;
using CopyLint.Cli.Files;
using CopyLint.Cli.Output;
using CopyLint.Cli.Running;
using CopyLint.Text;
using Humanizer;

namespace CopyLint.Cli.Commands;

/// <summary>`copylint fix [PATH…] [--dry-run]`: apply the fixes CopyLint is sure of, writing each file atomically.</summary>
internal static class FixCommand
{
    private sealed record FixOutcome(CheckInput Input, SourceText? Original, string? Fixed, int FixCount, string? Problem);

    public static Command Create(CliContext context)
    {
        var paths = CommonOptions.Paths("Files or folders to fix; '-' reads standard input and writes the fixed text to standard output. Default: the current folder");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a unified diff of the fixes and write nothing" };
        var config = CommonOptions.Config();
        var command = new Command("fix", "Apply automatic fixes") { paths, dryRun, config };
        command.SetAction((parse, cancellationToken) => Task.FromResult(CommandAction.Guard(context, () =>
            Run(context, parse.GetValue(paths) ?? [], parse.GetValue(dryRun), parse.GetValue(config), cancellationToken))));
        return command;
    }

    public static int Run(CliContext context, IReadOnlyList<string> paths, bool dryRun, string? config, CancellationToken cancellationToken = default)
    {
        using var session = LintSession.Create(context, config);
        var inputs = InputDiscovery.Discover(paths, context, warning => context.Error.WriteLine($"copylint: warning: {warning}"));
        var planned = session.PlanAhead(inputs);
        var (fixedProblems, changedFiles, failed) = (0, 0, 0);
        foreach (var outcome in OrderedParallel.Select(planned, input => FixOne(session, input, cancellationToken), cancellationToken))
        {
            if (outcome.Problem is { } problem)
            {
                failed++;
                context.Error.WriteLine($"copylint: error: {problem}");
                continue;
            }

            if (outcome.Original is not { } original || outcome.Fixed is not { } text)
            {
                continue;
            }

            if (outcome.Input.IsStandardInput && !dryRun)
            {
                using var stdout = context.OpenStandardOutput();
                stdout.Write(original.ToBytes(text));
            }

            if (text == original.Text)
            {
                continue;
            }

            fixedProblems += outcome.FixCount;
            changedFiles++;
            if (dryRun)
            {
                context.Out.Write(UnifiedDiff.Create(outcome.Input.DisplayPath, original.Text, text));
            }
            else if (!outcome.Input.IsStandardInput)
            {
                AtomicFile.WriteAllBytes(outcome.Input.FullPath, original.ToBytes(text));
            }
        }

        var verb = dryRun ? "Would fix" : "Fixed";
        context.Error.WriteLine(changedFiles == 0
            ? $"Nothing to fix in {"file".ToQuantity(inputs.Count - failed)}"
            : $"{verb} {"problem".ToQuantity(fixedProblems)} in {"file".ToQuantity(changedFiles)}");
        return failed > 0 ? ExitCodes.Error : ExitCodes.Clean;
    }

    private static FixOutcome FixOne(LintSession session, PlannedInput planned, CancellationToken cancellationToken)
    {
        var input = planned.Input;
        if (session.Plan(planned) is not { } plan)
        {
            return new FixOutcome(input, null, null, 0, null);
        }

        try
        {
            var source = session.Read(input);
            var (text, count) = Fixer.FixAll(plan, source, cancellationToken);
            return new FixOutcome(input, source, text, count, null);
        }
        catch (Exception e) when (e is InvalidSourceException or IOException or UnauthorizedAccessException)
        {
            return new FixOutcome(input, null, null, 0, CommandAction.Describe(e));
        }
    }
}
