using System.Text.Encodings.Web;
using System.Text.Json;
using CopyLint.Engine.Configuration;

namespace CopyLint.Engine.Baselines;

/// <summary>
/// Known findings a newsroom accepts for now (`copylint check --write-baseline`, then `--baseline FILE`), so the gate
/// can be adopted without fixing the archive first. Entries match on rule, flagged text and its context, not the
/// line, so they survive edits elsewhere in the file; the same finding twice needs two entries.
/// </summary>
public sealed class Baseline
{
    private static readonly BaselineJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private readonly Dictionary<FindingKey, int> _counts;

    private Baseline(IEnumerable<BaselineEntry> entries)
    {
        Entries = [.. entries
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Context, StringComparer.Ordinal)
            .ThenBy(e => e.Text, StringComparer.Ordinal)
            .ThenBy(e => e.Occurrence)];
        _counts = Entries.CountBy(e => e.Key).ToDictionary();
    }

    /// <summary>The entries, sorted by path, rule, context, text and occurrence.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A baseline of every finding in the results; paths are stored relative to <paramref name="baseDirectory"/>.</summary>
    public static Baseline FromResults(IEnumerable<LintResult> results, string baseDirectory)
    {
        var entries = new List<BaselineEntry>();
        foreach (var result in results)
        {
            var occurrences = new Dictionary<FindingKey, int>();
            foreach (var key in Keys(result, baseDirectory))
            {
                var occurrence = occurrences.GetValueOrDefault(key);
                occurrences[key] = occurrence + 1;
                entries.Add(new BaselineEntry(key.Path, key.Rule, key.Text, key.Context, occurrence));
            }
        }

        return new Baseline(entries);
    }

    /// <summary>Reads a baseline file; a missing or malformed one raises <see cref="ConfigurationException"/>.</summary>
    public static Baseline Load(string path)
    {
        BaselineFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllBytes(path), Json.BaselineFile);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ConfigurationException(path, 1, 1, "baseline file not found.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, 1, 1, $"cannot read the baseline: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not a CopyLint baseline: {e.Message}");
        }

        if (file is null || file.Version != BaselineFile.CurrentVersion || file.Entries is null)
        {
            throw new ConfigurationException(path, 1, 1, $"not a CopyLint baseline: expected {{\"version\": {BaselineFile.CurrentVersion}, \"entries\": [...]}}.");
        }

        for (var i = 0; i < file.Entries.Count; i++)
        {
            if (file.Entries[i] is not { Path: not null, Rule: not null, Text: not null, Context: not null, Occurrence: >= 0 })
            {
                throw new ConfigurationException(path, 1, 1, $"baseline entry {i + 1} needs path, rule, text, context and a non-negative occurrence.");
            }
        }

        return new Baseline(file.Entries);
    }

    /// <summary>Writes the baseline atomically (a temporary file beside it, then a rename), sorted so it diffs well.</summary>
    public void Save(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new BaselineFile(BaselineFile.CurrentVersion, Entries), Json.BaselineFile);
        var temporary = $"{fullPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, [.. bytes, .. "\n"u8]);
            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The result's diagnostics that the baseline does not already hold, in their order.</summary>
    public IReadOnlyList<Diagnostic> Filter(LintResult result, string baseDirectory)
    {
        var remaining = new Dictionary<FindingKey, int>();
        var kept = new List<Diagnostic>();
        foreach (var (diagnostic, key) in result.Diagnostics.Zip(Keys(result, baseDirectory)))
        {
            var left = remaining.TryGetValue(key, out var count) ? count : _counts.GetValueOrDefault(key);
            remaining[key] = left - 1;
            if (left <= 0)
            {
                kept.Add(diagnostic);
            }
        }

        return kept;
    }

    private static IEnumerable<FindingKey> Keys(LintResult result, string baseDirectory)
    {
        var relativePath = FindingFingerprint.RelativePath(result.Path, baseDirectory);
        return result.Diagnostics.Select(d => FindingFingerprint.Of(d, result.Document, relativePath));
    }
}
