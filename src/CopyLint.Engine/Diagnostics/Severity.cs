namespace CopyLint.Engine;

/// <summary>How much a finding matters, lowest first so that thresholds compare with &gt;=.</summary>
public enum Severity
{
    Hint = 1,
    Info = 2,
    Warning = 3,
    Error = 4,
}
