using CopyLint.Cli.Running;

namespace CopyLint.Cli.Output;

/// <summary>Writes a run's results as they stream in, one file at a time in path order, then closes the report.</summary>
public interface IReportWriter
{
    void WriteFile(FileOutcome outcome);

    void Complete(RunSummary summary);
}
