using System.Text.Json;
using CopyLint.Cli.Output;

namespace CopyLint.Cli.Tests;

public sealed class FormatTests : IDisposable
{
    private const string Repeated = "Headline\r\n\r\nThe council said the the budget would pass.\r\n";
    private readonly TestCli _cli = new();

    public FormatTests()
    {
        _cli.Write("desk/story one.txt", Repeated);
        _cli.Write("desk/clean.txt", "All quiet.\n");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Json_has_a_stable_schema_with_ranges_fixes_and_summary()
    {
        var result = _cli.Run("check", "desk", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var file = Assert.Single(root.GetProperty("files").EnumerateArray());
        Assert.Equal("desk/story one.txt", file.GetProperty("path").GetString());
        var diagnostic = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CL5001", diagnostic.GetProperty("ruleId").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("the the", diagnostic.GetProperty("text").GetString());
        var range = diagnostic.GetProperty("range");
        Assert.Equal((3, 18, 3, 25), (range.GetProperty("line").GetInt32(), range.GetProperty("column").GetInt32(), range.GetProperty("endLine").GetInt32(), range.GetProperty("endColumn").GetInt32()));
        Assert.Equal(Repeated.IndexOf("the the", StringComparison.Ordinal), range.GetProperty("offset").GetInt32());
        var edit = diagnostic.GetProperty("fixes")[0].GetProperty("edits")[0];
        Assert.Equal(string.Empty, edit.GetProperty("newText").GetString());
        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("files").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
    }

    [Theory]
    [InlineData("Café, the the end", 6, 7, 6, 7)] // Latin letters: a column each
    [InlineData("Café – “the the” …", 8, 7, 8, 7)] // dashes, curly quotes, ellipses: a column each
    [InlineData("首尔 the the", 3, 7, 5, 7)] // Hangul and Han: two columns each
    [InlineData("Cafe\u0301 – the the", 8, 7, 7, 7)] // a combining accent: no column of its own
    public void Text_caret_columns_count_the_cells_drawn_before_and_under_the_finding(string line, int start, int length, int pad, int carets) =>
        Assert.Equal((pad, carets), TextReportWriter.CaretColumns(new SourceExcerpt(line, start, length)));

    [Fact]
    public void Text_caret_sits_under_the_finding_when_wide_characters_come_before_it()
    {
        // "首尔" is two characters drawn four columns wide: 20 columns precede "the the", though only 18 characters do.
        _cli.Write("desk/seoul.txt", "首尔 officials said the the talks would resume.\n");

        var lines = _cli.Run("check", "desk/seoul.txt").Out.Split('\n');

        var source = Array.FindIndex(lines, l => l.StartsWith("1 | ", StringComparison.Ordinal));
        Assert.Equal("1 | 首尔 officials said the the talks would resume.", lines[source]);
        Assert.Equal("  | " + new string(' ', 20) + "^^^^^^^", lines[source + 1]);
    }

    [Fact]
    public void Sarif_rules_carry_their_reported_and_left_alone_lists_as_help()
    {
        const string Sentence = "The council approved the new budget for the coming year after a long debate on Tuesday night.";
        _cli.Write("twice/story.txt", $"{Sentence}\n\nIt passed by one vote.\n\n{Sentence}\n");

        using var json = JsonDocument.Parse(_cli.Run("check", "twice", "--format", "sarif").Out);

        var rules = json.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "CL5003");
        var help = rule.GetProperty("help");
        Assert.Contains("\n### Left alone\n\n- A sentence with a single word edited", help.GetProperty("markdown").GetString());
        Assert.Contains("\nLeft alone\n\n- A sentence with a single word edited", help.GetProperty("text").GetString());
    }

    [Fact]
    public void Sarif_is_a_2_1_0_log_with_rules_results_locations_and_fixes()
    {
        var result = _cli.Run("check", "desk", "--format", "sarif");

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var sarifResult = Assert.Single(run.GetProperty("results").EnumerateArray());
        var rule = rules[sarifResult.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("CL5001", sarifResult.GetProperty("ruleId").GetString());
        Assert.Equal("CL5001", rule.GetProperty("id").GetString());
        Assert.Equal("repeated-word", rule.GetProperty("name").GetString());
        Assert.Equal("Repeated word", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        Assert.EndsWith("CL5001.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("warning", sarifResult.GetProperty("level").GetString());
        Assert.Equal("'the' is repeated", sarifResult.GetProperty("message").GetProperty("text").GetString());

        var location = sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("desk/story%20one.txt", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((3, 18, 3, 25), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("the the", region.GetProperty("snippet").GetProperty("text").GetString());

        var replacement = sarifResult.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal(21, replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.Equal(string.Empty, replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        Assert.EndsWith("/", run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
    }

    [Fact]
    public void Sarif_reports_unreadable_files_as_tool_notifications()
    {
        _cli.WriteBytes("desk/bad.txt", [0, 1, 2]);

        var result = _cli.Run("check", "desk", "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var invocation = json.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("binary", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void GitHub_format_emits_workflow_commands()
    {
        var result = _cli.Run("check", "desk", "--format", "github");

        Assert.Equal("::warning file=desk/story one.txt,line=3,col=18,endLine=3,endColumn=25,title=CL5001::'the' is repeated", result.Out.Trim());
    }

    [Theory]
    [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
    [InlineData("a,b:c", "a,b:c")]
    public void GitHub_message_escaping(string message, string expected) => Assert.Equal(expected, GitHubReportWriter.EscapeData(message));

    [Theory]
    [InlineData("desk/a,b:c.txt", "desk/a%2Cb%3Ac.txt")]
    [InlineData("100%\nx", "100%25%0Ax")]
    public void GitHub_property_escaping(string value, string expected) => Assert.Equal(expected, GitHubReportWriter.EscapeProperty(value));
}
