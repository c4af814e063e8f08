namespace CopyLint.Engine;

/// <summary>An option a rule accepts in copylint.yaml, so configuration can be checked and documented.</summary>
/// <param name="AllowedValues">For a choice, the values accepted; empty when any value is.</param>
public sealed record RuleOption(string Name, string Description, string DefaultValue, IReadOnlyList<string> AllowedValues)
{
    public RuleOption(string name, string description, string defaultValue)
        : this(name, description, defaultValue, [])
    {
    }
}
