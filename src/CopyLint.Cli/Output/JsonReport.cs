using System.Text.Json.Serialization;

namespace CopyLint.Cli.Output;

// The stable schema of `copylint check --format json` (version 1). Add fields; never rename or remove one.
// { "version": 1, "tool": {...}, "files": [JsonFile...], "problems": [JsonProblem...], "summary": {...} }

public sealed record JsonTool(string Name, string Version);

/// <summary>A file with at least one finding.</summary>
public sealed record JsonFile(string Path, IReadOnlyList<JsonDiagnostic> Diagnostics);

/// <param name="Text">The flagged text.</param>
public sealed record JsonDiagnostic(string RuleId, string Name, string Category, string Severity, string Message, JsonRange Range, string Text, string HelpUri, IReadOnlyList<JsonFix> Fixes);

/// <summary>1-based lines and columns (UTF-16 code units; the end is exclusive), and the 0-based UTF-16 offset and length.</summary>
public sealed record JsonRange(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length);

public sealed record JsonFix(string Title, IReadOnlyList<JsonEdit> Edits);

public sealed record JsonEdit(JsonRange Range, string NewText);

/// <summary>An input that could not be checked (binary, not UTF-8, unreadable).</summary>
public sealed record JsonProblem(string Path, string Message);

public sealed record JsonSummary(int Files, int FilesWithProblems, int FilesFailed, int Problems, int Errors, int Warnings, int Infos, int Hints, int Fixable);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonTool))]
[JsonSerializable(typeof(JsonFile))]
[JsonSerializable(typeof(JsonProblem))]
[JsonSerializable(typeof(JsonSummary))]
internal sealed partial class JsonReportContext : JsonSerializerContext;
