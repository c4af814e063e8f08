using CopyLint.Cli.Files;
using CopyLint.Cli.Output;
using CopyLint.Cli.Running;
using CopyLint.Engine;
using CopyLint.Text;
using Humanizer;

namespace CopyLint.Cli.Tests;

public sealed class SummaryTests
{
    private static readonly DiagnosticDescriptor Rule = new("CL9999", "Test rule", "found", RuleCategory.Typography, Severity.Warning, "A rule for tests.");

    [Fact]
    public void Summary_counts_each_severity_in_words()
    {
        var summary = new RunSummary();
        summary.Add(Outcome("a.txt", Severity.Error, Severity.Warning, Severity.Warning, Severity.Info, Severity.Info, Severity.Hint));
        summary.Add(Outcome("b.txt", Severity.Warning));
        summary.Add(Outcome("c.txt"));

        Assert.Equal("7 problems (1 error, 3 warnings, 2 info, 1 hint) in 2 files", TextReportWriter.Describe(summary));
        Assert.True(summary.Fails(Severity.Error));
        Assert.False(summary.Fails(null));
    }

    [Fact]
    public void Summary_of_a_clean_run()
    {
        var summary = new RunSummary();
        for (var i = 0; i < 5; i++)
        {
            summary.Add(Outcome($"{i}.txt"));
        }

        Assert.Equal("No problems in 5 files", TextReportWriter.Describe(summary));
        Assert.False(summary.Fails(Severity.Hint));
    }

    [Fact]
    public void Hints_and_infos_fail_only_at_their_threshold()
    {
        var summary = new RunSummary();
        summary.Add(Outcome("a.txt", Severity.Info));

        Assert.False(summary.Fails(Severity.Warning));
        Assert.True(summary.Fails(Severity.Info));
    }

    [Theory]
    [InlineData("problem")]
    [InlineData("file")]
    [InlineData("error")]
    [InlineData("warning")]
    [InlineData("hint")]
    public void Summary_nouns_are_counted_as_Humanizer_counts_them(string noun)
    {
        foreach (var count in new[] { 0, 1, 2, 11, 1234, 100000 })
        {
            Assert.Equal(noun.ToQuantity(count), TextReportWriter.Quantity(count, noun));
        }
    }

    private static FileOutcome Outcome(string path, params Severity[] severities)
    {
        var source = new SourceText("Some copy here.", path);
        var diagnostics = severities.Select(s => Diagnostic.Create(Rule, source, new TextSpan(0, 4), "found") with { Severity = s }).ToList();
        return new FileOutcome(new CheckInput(path, "/" + path, false, true), source, diagnostics);
    }
}
