namespace CopyLint.Engine.Baselines;

/// <summary>
/// One accepted finding: the file (relative to the baseline's base folder, with '/'), the rule, the flagged text,
/// a short whitespace-normalised context around it, and which occurrence of that same (rule, text, context) it is.
/// </summary>
public sealed record BaselineEntry(string Path, string Rule, string Text, string Context, int Occurrence)
{
    internal FindingKey Key => new(Path, Rule, Text, Context);
}

/// <summary>What identifies a finding across edits: everything but its position.</summary>
internal readonly record struct FindingKey(string Path, string Rule, string Text, string Context);
