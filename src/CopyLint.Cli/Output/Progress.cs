using Spectre.Console;

namespace CopyLint.Cli.Output;

/// <summary>A progress bar on standard error for long runs, when standard error is a terminal that the report is not also using.</summary>
public static class Progress
{
    public const int MinimumFiles = 20;

    public static void Track<T>(CliContext context, IEnumerable<T> items, int total, bool show, Action<T> handle)
    {
        if (!show)
        {
            foreach (var item in items)
            {
                handle(item);
            }

            return;
        }

        var console = Consoles.Create(context.Error, Consoles.UseColour(context, true), Consoles.TableWidth(true), interactive: true);
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Checking", maxValue: total);
                foreach (var item in items)
                {
                    handle(item);
                    task.Increment(1);
                }
            });
    }
}
