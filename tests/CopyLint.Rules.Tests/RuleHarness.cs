using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Tests;

/// <summary>Runs the built-in rules with their default data, the way a user with no configuration would.</summary>
internal static class RuleHarness
{
    public static RuleDataSet Data { get; } = EmbeddedRuleData.Load();

    public static RuleSet Rules { get; } = new(BuiltInRules.Create(Data));

    public static Linter Linter { get; } = new(Rules, Data);

    /// <remarks>Settings come before the path so that <c>Lint(text, "CL3001")</c> always means "only CL3001".</remarks>
    public static IReadOnlyList<Diagnostic> Lint(string text, LintSettings? settings = null, string path = "test.txt") =>
        Linter.Lint(new SourceText(text, path), settings ?? LintSettings.Default).Diagnostics;

    /// <summary>Only the diagnostics of the given rule IDs.</summary>
    public static IReadOnlyList<Diagnostic> Lint(string text, params string[] ids) =>
        [.. Lint(text).Where(d => ids.Contains(d.Id))];

    /// <summary>A diagnostic as a snapshot line: position, ID, message, the source line and a caret underline.</summary>
    public static IEnumerable<string> Render(Diagnostic diagnostic, SourceText source)
    {
        var line = source.GetLineText(diagnostic.Start.Line);
        var width = diagnostic.End.Line == diagnostic.Start.Line ? Math.Max(1, diagnostic.End.Column - diagnostic.Start.Column) : Math.Max(1, line.Length - diagnostic.Start.Column + 1);
        yield return $"{diagnostic.Start.Line}:{diagnostic.Start.Column} {diagnostic.Id} {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Message}";
        yield return "  | " + line;
        yield return "  | " + new string(' ', diagnostic.Start.Column - 1) + new string('^', width);
        foreach (var fix in diagnostic.Fixes)
        {
            yield return "  fix: " + fix.Title;
        }
    }
}
