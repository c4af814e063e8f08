namespace CopyLint.Engine;

/// <summary>An option a rule accepts in copylint.yaml, so configuration can be checked and documented.</summary>
/// <param name="AllowedValues">For a choice, the values accepted; empty when any value is.</param>
public sealed record RuleOption(string Name, string Description, string DefaultValue, IReadOnlyList<string> AllowedValues)
{
    public RuleOption(string name, string description, string defaultValue)
        : this(name, description, defaultValue, [])
    {
    }

    /// <summary>For an option whose values are not a fixed choice (a date, say), the test a value must pass.</summary>
    public Func<string, bool>? Accepts { get; init; }

    /// <summary>What <see cref="Accepts"/> asks for, in words, for the error and the docs: "none, today or a date such as 2026-11-25".</summary>
    public string? Expected { get; init; }
}
