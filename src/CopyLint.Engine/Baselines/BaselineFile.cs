using System.Text.Json.Serialization;

namespace CopyLint.Engine.Baselines;

/// <summary>The JSON shape of a baseline file.</summary>
internal sealed record BaselineFile(int Version, IReadOnlyList<BaselineEntry>? Entries)
{
    public const int CurrentVersion = 1;
}

[JsonSerializable(typeof(BaselineFile))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
