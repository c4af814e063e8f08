using System.Text.Json;
using CopyLint.Cli.Running;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Cli.Output;

/// <summary>
/// `--format sarif`: one SARIF 2.1.0 run for code-scanning tools. Results stream file by file; the tool and its rules
/// are written after them (JSON property order does not matter), so rules from a configuration's packs that turn up
/// mid-run are listed too. Paths are relative to the working folder, under the SRCROOT base.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "SRCROOT";

    private readonly JsonStream _json;
    private readonly string _workingDirectory;
    private readonly List<DiagnosticDescriptor> _rules = [];
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly List<SarifNotification> _notifications = [];

    public SarifReportWriter(TextWriter output, RuleSet rules, string workingDirectory)
    {
        _workingDirectory = workingDirectory;
        foreach (var descriptor in rules.Descriptors)
        {
            IndexOf(descriptor);
        }

        _json = new JsonStream(output);
        var w = _json.Writer;
        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartArray("results");
    }

    public void WriteFile(FileOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            var location = new SarifLocation(new SarifPhysicalLocation(Artifact(outcome.Input.DisplayPath)));
            _notifications.Add(new SarifNotification("error", new SarifMessage(problem), [location]));
        }

        if (outcome.Source is not { } source)
        {
            return;
        }

        var artifact = Artifact(outcome.Input.DisplayPath);
        foreach (var d in outcome.Diagnostics)
        {
            var region = Region(source, d.Span) with { Snippet = new SarifArtifactContent(source.ToString(d.Span)) };
            var fixes = d.Fixes.Count == 0 ? null : d.Fixes.Select(f => Fix(f, source, artifact)).ToList();
            var sarif = new SarifResult(d.Id, IndexOf(d.Descriptor), Level(d.Severity), new SarifMessage(d.Message), [new SarifLocation(new SarifPhysicalLocation(artifact, region))], fixes);
            JsonSerializer.Serialize(_json.Writer, sarif, SarifContext.Default.SarifResult);
        }

        _json.Flush();
    }

    public void Complete(RunSummary summary)
    {
        var w = _json.Writer;
        w.WriteEndArray();
        w.WritePropertyName("tool");
        var driver = new SarifToolComponent(ToolInfo.Name, ToolInfo.Version, ToolInfo.Version, ToolInfo.InformationUri, [.. _rules.Select(Rule)]);
        JsonSerializer.Serialize(w, new SarifTool(driver), SarifContext.Default.SarifTool);
        w.WriteStartArray("invocations");
        JsonSerializer.Serialize(w, new SarifInvocation(_notifications.Count == 0, _notifications), SarifContext.Default.SarifInvocation);
        w.WriteEndArray();
        w.WritePropertyName("originalUriBaseIds");
        var root = new Dictionary<string, SarifUriBase> { [SourceRoot] = new(new Uri(Path.TrimEndingDirectorySeparator(_workingDirectory) + Path.DirectorySeparatorChar).AbsoluteUri) };
        JsonSerializer.Serialize(w, root, SarifContext.Default.DictionaryStringSarifUriBase);
        w.WriteString("columnKind", "utf16CodeUnits");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        _json.Complete();
        _json.Dispose();
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private int IndexOf(DiagnosticDescriptor descriptor)
    {
        if (!_ruleIndex.TryGetValue(descriptor.Id, out var index))
        {
            index = _rules.Count;
            _rules.Add(descriptor);
            _ruleIndex.Add(descriptor.Id, index);
        }

        return index;
    }

    private static SarifReportingDescriptor Rule(DiagnosticDescriptor d) => new(
        d.Id,
        d.Name,
        new SarifMultiformatMessage(d.Title),
        new SarifMultiformatMessage(d.Description),
        d.HelpLink,
        new SarifReportingConfiguration(Level(d.DefaultSeverity), d.IsEnabledByDefault),
        new SarifPropertyBag([d.Category.ToString().ToLowerInvariant()]),
        Help(d));

    /// <summary>The rule's description with its "Reported" and "Left alone" lists, which code-scanning views show.</summary>
    private static SarifMultiformatMessage? Help(DiagnosticDescriptor d)
    {
        var lists = Docs.RuleDocs.Lists(d);
        return lists.Length == 0 ? null : new SarifMultiformatMessage($"{d.Description}\n\n{lists.Replace("### ", string.Empty, StringComparison.Ordinal)}".TrimEnd(), $"{d.Description}\n\n{lists}".TrimEnd());
    }

    private SarifArtifactLocation Artifact(string displayPath)
    {
        if (displayPath == Files.CheckInput.StandardInputPath)
        {
            return new SarifArtifactLocation("stdin", SourceRoot);
        }

        var full = Path.GetFullPath(displayPath, _workingDirectory);
        var relative = Path.GetRelativePath(_workingDirectory, full);
        if (Path.IsPathRooted(relative) || relative.StartsWith("..", StringComparison.Ordinal))
        {
            return new SarifArtifactLocation(new Uri(full).AbsoluteUri);
        }

        var segments = relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString);
        return new SarifArtifactLocation(string.Join('/', segments), SourceRoot);
    }

    private static SarifRegion Region(SourceText source, TextSpan span)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        return new SarifRegion(start.Line, start.Column, end.Line, end.Column, span.Start, span.Length);
    }

    private static SarifFix Fix(CodeFix fix, SourceText source, SarifArtifactLocation artifact) => new(
        new SarifMessage(fix.Title),
        [new SarifArtifactChange(artifact, [.. fix.Edits.Select(e => new SarifReplacement(Region(source, e.Span), new SarifArtifactContent(e.NewText)))])]);
}
