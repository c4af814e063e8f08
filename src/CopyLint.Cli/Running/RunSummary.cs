using CopyLint.Engine;

namespace CopyLint.Cli.Running;

/// <summary>Counts over a whole run, for the summary line and the exit code.</summary>
public sealed class RunSummary
{
    private readonly Dictionary<Severity, int> _bySeverity = [];

    public int FilesChecked { get; private set; }

    public int FilesWithProblems { get; private set; }

    public int FilesFailed { get; private set; }

    public int Fixable { get; private set; }

    public int Problems => _bySeverity.Values.Sum();

    public int Count(Severity severity) => _bySeverity.GetValueOrDefault(severity);

    public void Add(FileOutcome outcome)
    {
        if (outcome.Problem is not null)
        {
            FilesFailed++;
            return;
        }

        if (outcome.IsSkipped)
        {
            return;
        }

        FilesChecked++;
        if (outcome.Diagnostics.Count > 0)
        {
            FilesWithProblems++;
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            _bySeverity[diagnostic.Severity] = Count(diagnostic.Severity) + 1;
            if (diagnostic.Fixes.Count > 0)
            {
                Fixable++;
            }
        }
    }

    /// <summary>True when any finding is at or above the threshold (null: never fail on findings).</summary>
    public bool Fails(Severity? threshold) => threshold is { } t && _bySeverity.Any(p => p.Key >= t && p.Value > 0);
}
