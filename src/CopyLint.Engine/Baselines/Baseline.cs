namespace CopyLint.Engine.Baselines;

/// <summary>
/// Known findings a newsroom accepts for now (`copylint check --write-baseline`, then `--baseline FILE`), so the gate
/// can be adopted without fixing the archive first. Entries match on rule, flagged text and its context, not only
/// the line, so they survive edits elsewhere in the file.
/// </summary>
public sealed class Baseline
{
    // Contract stub: the configuration work implements matching and the file format.
    private Baseline()
    {
    }

    /// <summary>A baseline of every finding in the results; paths are stored relative to <paramref name="baseDirectory"/>.</summary>
    public static Baseline FromResults(IEnumerable<LintResult> results, string baseDirectory) => new();

    /// <summary>Reads a baseline file; a malformed one raises <see cref="Configuration.ConfigurationException"/>.</summary>
    public static Baseline Load(string path) => new();

    /// <summary>Writes the baseline atomically.</summary>
    public void Save(string path)
    {
    }

    /// <summary>The result's diagnostics that the baseline does not already hold.</summary>
    public IReadOnlyList<Diagnostic> Filter(LintResult result, string baseDirectory) => result.Diagnostics;
}
