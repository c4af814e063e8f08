using CopyLint.Cli.Files;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Cli.Running;

/// <summary>What checking one input gave: its diagnostics (after the baseline), or the problem that stopped it, or that configuration excludes it.</summary>
/// <param name="Source">The text checked, which the reports quote; null when the input was skipped or could not be read.</param>
/// <param name="Result">
/// The whole lint result, kept only when asked for (a baseline is written from the results): it holds the parsed
/// document, and outcomes wait in the hand-over window, where every document still alive is copied by each collection.
/// </param>
public sealed record FileOutcome(CheckInput Input, SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics, string? Problem = null, LintResult? Result = null)
{
    public bool IsSkipped => Source is null && Problem is null;

    public static FileOutcome Skipped(CheckInput input) => new(input, null, []);

    public static FileOutcome Failed(CheckInput input, string problem) => new(input, null, [], problem);
}
