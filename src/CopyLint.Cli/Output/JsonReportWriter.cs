using System.Text.Json;
using CopyLint.Cli.Running;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Cli.Output;

/// <summary>`--format json`: CopyLint's own stable schema (see <see cref="JsonFile"/>), streamed file by file.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const int SchemaVersion = 1;

    private readonly JsonStream _json;
    private readonly List<JsonProblem> _problems = [];

    public JsonReportWriter(TextWriter output)
    {
        _json = new JsonStream(output);
        var w = _json.Writer;
        w.WriteStartObject();
        w.WriteNumber("version", SchemaVersion);
        w.WritePropertyName("tool");
        JsonSerializer.Serialize(w, new JsonTool("copylint", ToolInfo.Version), JsonReportContext.Default.JsonTool);
        w.WriteStartArray("files");
    }

    public void WriteFile(FileOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            _problems.Add(new JsonProblem(outcome.Input.DisplayPath, problem));
        }

        if (outcome.Source is not { } source || outcome.Diagnostics.Count == 0)
        {
            return;
        }

        var file = new JsonFile(outcome.Input.DisplayPath, [.. outcome.Diagnostics.Select(d => ToJson(d, source))]);
        JsonSerializer.Serialize(_json.Writer, file, JsonReportContext.Default.JsonFile);
        _json.Flush();
    }

    public void Complete(RunSummary summary)
    {
        var w = _json.Writer;
        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var problem in _problems)
        {
            JsonSerializer.Serialize(w, problem, JsonReportContext.Default.JsonProblem);
        }

        w.WriteEndArray();
        w.WritePropertyName("summary");
        var counts = new JsonSummary(
            summary.FilesChecked,
            summary.FilesWithProblems,
            summary.FilesFailed,
            summary.Problems,
            summary.Count(Severity.Error),
            summary.Count(Severity.Warning),
            summary.Count(Severity.Info),
            summary.Count(Severity.Hint),
            summary.Fixable);
        JsonSerializer.Serialize(w, counts, JsonReportContext.Default.JsonSummary);
        w.WriteEndObject();
        _json.Complete();
        _json.Dispose();
    }

    private static JsonDiagnostic ToJson(Diagnostic d, SourceText source) => new(
        d.Id,
        d.Descriptor.Name,
        d.Descriptor.Category.ToString(),
        ReportWriters.Lower(d.Severity),
        d.Message,
        Range(source, d.Span),
        source.ToString(d.Span),
        d.Descriptor.HelpLink,
        [.. d.Fixes.Select(f => new JsonFix(f.Title, [.. f.Edits.Select(e => new JsonEdit(Range(source, e.Span), e.NewText))]))]);

    private static JsonRange Range(SourceText source, TextSpan span)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        return new JsonRange(start.Line, start.Column, end.Line, end.Column, span.Start, span.Length);
    }
}
