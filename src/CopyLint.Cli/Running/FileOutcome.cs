using CopyLint.Cli.Files;
using CopyLint.Engine;

namespace CopyLint.Cli.Running;

/// <summary>What checking one input gave: its diagnostics (after the baseline), or the problem that stopped it, or that configuration excludes it.</summary>
public sealed record FileOutcome(CheckInput Input, LintResult? Result, IReadOnlyList<Diagnostic> Diagnostics, string? Problem = null)
{
    public bool IsSkipped => Result is null && Problem is null;

    public static FileOutcome Skipped(CheckInput input) => new(input, null, []);

    public static FileOutcome Failed(CheckInput input, string problem) => new(input, null, [], problem);
}
