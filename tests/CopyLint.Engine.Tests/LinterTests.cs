using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Engine.Tests;

public sealed class LinterTests
{
    private static readonly DiagnosticDescriptor WordRule = new("CL5901", "Flagged word", "'{0}' is flagged", RuleCategory.Typography, Severity.Warning, "Test rule.");

    private static readonly DiagnosticDescriptor OtherWordRule = WordRule with { Id = "CL5903" };

    private sealed class FlagWord(string word, DiagnosticDescriptor? descriptor = null) : Analyzer
    {
        private readonly DiagnosticDescriptor _descriptor = descriptor ?? WordRule;

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [_descriptor];

        public override void Analyze(AnalysisContext context)
        {
            foreach (var token in context.Document.Tokens.Where(t => t.Is(word)))
            {
                context.Report(_descriptor, token.Span, new CodeFix("Delete it", TextEdit.Delete(token.Span)), token.Text);
            }
        }
    }

    private sealed class Throws(bool reportFirst = false) : Analyzer
    {
        private static readonly DiagnosticDescriptor Broken = new("CL5902", "Broken", "Broken", RuleCategory.Typography, Severity.Warning, "Always throws.");

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Broken];

        public override void Analyze(AnalysisContext context)
        {
            if (reportFirst)
            {
                context.Report(Broken, new TextSpan(0, 1));
            }

            throw new InvalidOperationException("boom");
        }
    }

    private static LintResult Lint(string text, LintSettings? settings = null, params Analyzer[] analyzers) =>
        new Linter(new RuleSet(analyzers), RuleDataSet.Empty).Lint(new SourceText(text, "story.txt"), settings ?? LintSettings.Default);

    [Fact]
    public void Reports_with_exact_positions_and_default_severity()
    {
        var result = Lint("First line.\nThe foo ran.", null, new FlagWord("foo"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((new LinePosition(2, 5), new LinePosition(2, 8), Severity.Warning, "'foo' is flagged"), (diagnostic.Start, diagnostic.End, diagnostic.Severity, diagnostic.Message));
        Assert.Equal("story.txt", diagnostic.Path);
    }

    [Fact]
    public void Parses_through_the_token_buffer_it_is_given_with_the_same_result()
    {
        var linter = new Linter(new RuleSet([new FlagWord("foo")]), RuleDataSet.Empty);
        var buffer = new TokenBuffer();
        var first = linter.Lint(new SourceText("The foo ran and the foo hid.", "a.txt"), LintSettings.Default, default, buffer);
        buffer.Recycle(first.Document);
        var second = linter.Lint(new SourceText("A foo.", "b.txt"), LintSettings.Default, default, buffer);
        var alone = Lint("A foo.", null, new FlagWord("foo"));

        Assert.Same(first.Document.Tokens.Array, second.Document.Tokens.Array);
        Assert.Equal(alone.Diagnostics.Select(d => (d.Span, d.Message)), second.Diagnostics.Select(d => (d.Span, d.Message)));
    }

    [Fact]
    public void A_throwing_analyzer_becomes_one_internal_diagnostic_and_others_still_run()
    {
        var result = Lint("foo", null, new Throws(), new FlagWord("foo"));
        Assert.Equal(["CL0001", "CL5901"], result.Diagnostics.Select(d => d.Id));
        Assert.Contains("Throws", result.Diagnostics[0].Message);
        Assert.Contains("boom", result.Diagnostics[0].Message);
    }

    [Fact]
    public void What_a_throwing_analyzer_reported_before_it_threw_is_dropped()
    {
        var result = Lint("foo", null, new FlagWord("foo"), new Throws(reportFirst: true), new FlagWord("foo", OtherWordRule));
        Assert.Equal(["CL0001", "CL5901", "CL5903"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void One_linter_follows_each_settings_it_is_given()
    {
        var linter = new Linter(new RuleSet([new FlagWord("foo")]), RuleDataSet.Empty);
        var off = new LintSettings { RuleSeverities = new Dictionary<string, Severity?> { ["CL5901"] = null } };
        var source = new SourceText("foo", "story.txt");

        Assert.Empty(linter.Lint(source, off).Diagnostics);
        Assert.Single(linter.Lint(source, LintSettings.Default).Diagnostics);
        Assert.Empty(linter.Lint(source, off).Diagnostics);
    }

    [Fact]
    public void Configured_severities_apply_by_id_before_category_and_off_removes()
    {
        var byCategory = new LintSettings { CategorySeverities = new Dictionary<RuleCategory, Severity?> { [RuleCategory.Typography] = Severity.Info } };
        Assert.Equal(Severity.Info, Assert.Single(Lint("foo", byCategory, new FlagWord("foo")).Diagnostics).Severity);

        var byId = byCategory with { RuleSeverities = new Dictionary<string, Severity?> { ["CL5901"] = Severity.Error } };
        Assert.Equal(Severity.Error, Assert.Single(Lint("foo", byId, new FlagWord("foo")).Diagnostics).Severity);

        var off = new LintSettings { RuleSeverities = new Dictionary<string, Severity?> { ["CL5901"] = null } };
        Assert.Empty(Lint("foo", off, new FlagWord("foo")).Diagnostics);
    }

    [Fact]
    public void Ordering_keeps_the_first_of_each_duplicate_and_sorts_by_position_id_length_then_message()
    {
        var source = new SourceText("one two three", "story.txt");
        Diagnostic At(DiagnosticDescriptor rule, int start, int length, string message, string fix) =>
            Diagnostic.Create(rule, source, new TextSpan(start, length), message, [new CodeFix(fix, TextEdit.Delete(new TextSpan(start, length)))]);
        var input = new[]
        {
            At(WordRule, 4, 3, "b", "first"), At(OtherWordRule, 0, 3, "a", "x"), At(WordRule, 4, 3, "b", "second"),
            At(WordRule, 4, 3, "a", "y"), At(WordRule, 4, 5, "a", "z"), At(WordRule, 0, 3, "a", "w"), At(WordRule, 4, 3, "b", "third"),
        };

        var ordered = Linter.Order(input);

        Assert.Equal(["w", "x", "y", "first", "z"], ordered.Select(d => d.Fixes[0].Title));
    }

    [Fact]
    public void Output_is_ordered_by_position_then_id_whatever_the_analyzer_order()
    {
        var a = Lint("bar foo bar", null, new FlagWord("foo"), new FlagWord("bar", OtherWordRule));
        var b = Lint("bar foo bar", null, new FlagWord("bar", OtherWordRule), new FlagWord("foo"));
        Assert.Equal([0, 4, 8], a.Diagnostics.Select(d => d.Span.Start));
        Assert.Equal(a.Diagnostics.Select(d => (d.Span, d.Message)), b.Diagnostics.Select(d => (d.Span, d.Message)));
    }

    [Fact]
    public void Inline_comments_suppress_a_region_and_the_next_line()
    {
        const string text = "foo one.\n<!-- copylint-disable CL5901 -->\nfoo two.\n<!-- copylint-enable -->\nfoo three.\n<!-- copylint-disable-next-line -->\n\nfoo four.\nfoo five.";
        var result = Lint(text, null, new FlagWord("foo"));
        Assert.Equal([1, 5, 9], result.Diagnostics.Select(d => d.Start.Line));
        Assert.Equal(2, result.SuppressedCount);
    }

    [Fact]
    public void A_rule_id_declared_twice_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RuleSet([new FlagWord("a"), new FlagWord("b")]));
        Assert.Contains("CL5901", error.Message);
    }

    [Fact]
    public void A_diagnostic_prints_as_its_report_line_not_its_descriptor()
    {
        var diagnostic = Diagnostic.Create(WordRule, new SourceText("A flagged word.", "test.txt"), new TextSpan(2, 7), "'flagged' is flagged");

        Assert.Equal("test.txt:1:3: CL5901 Warning: 'flagged' is flagged", diagnostic.ToString());
    }
}
