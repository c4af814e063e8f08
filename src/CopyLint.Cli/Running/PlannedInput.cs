using CopyLint.Cli.Files;
using CopyLint.Engine.Configuration;

namespace CopyLint.Cli.Running;

/// <summary>
/// An input with the plan <see cref="LintSession.PlanAhead"/> made for it; no plan when there is none yet, or its
/// configuration failed to load (then <see cref="LintSession.Plan"/> resolves it again and raises the error).
/// </summary>
/// <remarks>Carried with the input rather than looked up by it: a look-up per file in a table of every file cost ~3 % of a run without rules.</remarks>
public readonly record struct PlannedInput(CheckInput Input, FileLintPlan? Plan);
