using CopyLint.Engine;

namespace CopyLint.Cli.Running;

/// <summary>Counts over a whole run, for the summary line and the exit code.</summary>
public sealed class RunSummary
{
    // Counted by the severity's value (Hint = 1 … Error = 4): a store per finding, not two dictionary look-ups.
    private readonly int[] _bySeverity = new int[(int)Severity.Error + 1];

    public int FilesChecked { get; private set; }

    public int FilesWithProblems { get; private set; }

    public int FilesFailed { get; private set; }

    public int Fixable { get; private set; }

    public int Problems => _bySeverity.Sum();

    public int Count(Severity severity) => (int)severity >= 0 && (int)severity < _bySeverity.Length ? _bySeverity[(int)severity] : 0;

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
            _bySeverity[(int)diagnostic.Severity]++;
            if (diagnostic.Fixes.Count > 0)
            {
                Fixable++;
            }
        }
    }

    /// <summary>True when any finding is at or above the threshold (null: never fail on findings).</summary>
    public bool Fails(Severity? threshold) => threshold is { } t && _bySeverity.AsSpan(Math.Clamp((int)t, 0, _bySeverity.Length)).ContainsAnyExcept(0);
}
