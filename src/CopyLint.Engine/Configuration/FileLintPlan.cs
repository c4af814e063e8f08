namespace CopyLint.Engine.Configuration;

/// <summary>How to lint one file: the linter (rules and data of its configuration), its settings, and whether globs include it.</summary>
public sealed record FileLintPlan(Linter Linter, LintSettings Settings, bool IsIncluded, string? ConfigPath);
