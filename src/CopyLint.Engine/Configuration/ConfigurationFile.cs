namespace CopyLint.Engine.Configuration;

/// <summary>A 1-based place in a configuration file, for error messages.</summary>
internal readonly record struct Position(int Line, int Column);

/// <summary>A scalar from the file and where it was written.</summary>
internal sealed record Located(string Value, Position At);

/// <summary>"CL1001: error" or "Naming: off" (a null severity).</summary>
internal sealed record SeveritySetting(Located Key, Severity? Severity);

/// <summary>One option of one rule; <see cref="Scalars"/> are the written values, for checking them one by one.</summary>
internal sealed record OptionSetting(Located RuleId, Located Name, OptionValue Value, IReadOnlyList<Located> Scalars);

/// <summary>Severities and options applied together: the top level of the file, or one override.</summary>
internal sealed record RuleLayer(IReadOnlyList<SeveritySetting> Severities, IReadOnlyList<OptionSetting> Options)
{
    public static RuleLayer Empty { get; } = new([], []);
}

internal sealed record ConfigurationOverride(IReadOnlyList<string> Files, RuleLayer Layer);

/// <summary>A parsed copylint.yaml, its rule data (packs and list extensions) already read.</summary>
internal sealed record ConfigurationFile(
    string Path,
    RuleLayer Rules,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<ConfigurationOverride> Overrides,
    IReadOnlyList<RuleDataFile> Data)
{
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Where 'packs:' is written, for errors about the rules the packs declare.</summary>
    public Position PacksAt { get; init; } = new(1, 1);
}
