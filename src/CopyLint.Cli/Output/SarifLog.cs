using System.Text.Json.Serialization;

namespace CopyLint.Cli.Output;

// The parts of SARIF 2.1.0 (OASIS) that CopyLint writes. Property names follow the spec exactly.

public sealed record SarifMessage(string Text);

public sealed record SarifMultiformatMessage(string Text, string? Markdown = null);

public sealed record SarifReportingConfiguration(string Level, bool Enabled);

public sealed record SarifPropertyBag(IReadOnlyList<string> Tags);

public sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMultiformatMessage ShortDescription,
    SarifMultiformatMessage FullDescription,
    string HelpUri,
    SarifReportingConfiguration DefaultConfiguration,
    SarifPropertyBag Properties,
    SarifMultiformatMessage? Help = null);

public sealed record SarifToolComponent(string Name, string Version, string SemanticVersion, string InformationUri, IReadOnlyList<SarifReportingDescriptor> Rules);

public sealed record SarifTool(SarifToolComponent Driver);

public sealed record SarifArtifactLocation(string Uri, string? UriBaseId = null);

public sealed record SarifArtifactContent(string Text);

public sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, int? CharOffset = null, int? CharLength = null, SarifArtifactContent? Snippet = null);

public sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion? Region = null);

public sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

public sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent InsertedContent);

public sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);

public sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);

public sealed record SarifResult(string RuleId, int RuleIndex, string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations, IReadOnlyList<SarifFix>? Fixes);

public sealed record SarifNotification(string Level, SarifMessage Message, IReadOnlyList<SarifLocation> Locations);

public sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification> ToolExecutionNotifications);

public sealed record SarifUriBase(string Uri);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifResult))]
[JsonSerializable(typeof(SarifTool))]
[JsonSerializable(typeof(SarifInvocation))]
[JsonSerializable(typeof(Dictionary<string, SarifUriBase>))]
internal sealed partial class SarifContext : JsonSerializerContext;
