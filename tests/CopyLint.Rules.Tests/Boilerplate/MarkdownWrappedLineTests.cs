using CopyLint.Text;
using static CopyLint.Rules.Tests.Packs.PackTestData;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>
/// A content system's Markdown export wraps furniture lines in emphasis or makes them headings ("*By Priya Nair | 4 min
/// read*", "## Advertisement"): a line-scope pack rule reads the line inside the marks, and so do the analyzers for
/// emphasis (a Markdown heading is an author's, as CL1001 reads "## Related guides"); the fix still deletes the whole line.
/// </summary>
public sealed class MarkdownWrappedLineTests
{
    private const string Before = "The council met on Tuesday and approved the plan.\n\n";
    private const string After = "\n\nThe vote was 12 to 3, a spokesperson said.\n";

    [Theory]
    [InlineData("CL1109", "*By Priya Nair | 4 min read*")]
    [InlineData("CL1109", "_Tags: Bristol, libraries, council budget_")]
    [InlineData("CL1101", "**Advertisement**")]
    [InlineData("CL1101", "## Advertisement")]
    [InlineData("CL1102", "***Share this article***")]
    [InlineData("CL1106", "*© Bristol Post*")]
    [InlineData("CL1107", "### *Skip to main content*")]
    [InlineData("CL1005", "*Published: 14:05 EAT, 12 Nov 2025 | Updated: 16:40 EAT, 12 Nov 2025*")]
    [InlineData("CL1005", "*Updated 3 hours ago*")]
    [InlineData("CL1003", "**Photo: Peter Byrne/PA Wire**")]
    [InlineData("CL1003", "_Firefighters help a resident into a boat on Friday. (Helen Marsh/AP)_")]
    [InlineData("CL1001", "*Read more: Council approves depot plan*")]
    [InlineData("CL1108", "> Follow us on Instagram @wanderlines for more city guides")]
    [InlineData("CL1101", ">> Advertisement")]
    public void A_furniture_line_in_markdown_marks_is_reported_and_deleted_whole(string id, string line)
    {
        var found = RuleHarness.Lint(Before + line + After, id);

        Assert.Single(found);
        Assert.Equal(Before + After.TrimStart('\n'), ApplyFixes(Before + line + After, found));
    }

    [Theory]
    [InlineData("CL1101", "*Advertisement* is the title of her new novel.")]
    [InlineData("CL1101", "#Advertisement")]
    [InlineData("CL1101", "* Advertisement")]
    [InlineData("CL1101", "*Advertisement")]
    [InlineData("CL1101", "*Advertisement **")]
    [InlineData("CL1101", ">Advertisement")]
    [InlineData("CL1101", "> Advertisement is the title of her new novel.")]
    [InlineData("CL1102", "**Share this article** with a friend, the campaign asks.")]
    [InlineData("CL1109", "*By Priya Nair* and *4 min read*")]
    [InlineData("CL1005", "* Updated 3 hours ago")]
    [InlineData("CL1005", "*Updated* 3 hours ago")]
    [InlineData("CL1005", "**Updated 3 hours ago*")]
    [InlineData("CL1003", "*The photograph was taken by Sarah Lee for the Guardian.*")]
    public void Marks_that_do_not_wrap_the_whole_line_hide_nothing_and_add_nothing(string id, string line) =>
        Assert.Empty(RuleHarness.Lint(Before + line + After, id));

    [Fact]
    public void A_house_line_rule_reads_inside_the_marks_and_reports_the_words_alone()
    {
        const string Yaml = "rules:\n  - id: H1\n    kind: existence\n    message: \"'{match}'\"\n    scope: line\n    fix: delete-line\n    tokens: [\"Most read\"]\n";
        const string Text = "Copy.\n\n## _Most read_\n\nMore copy.\n";

        var diagnostic = Assert.Single(Lint(Yaml, Text));

        Assert.Equal("'Most read'", diagnostic.Message);
        Assert.Equal(new LinePosition(3, 5), diagnostic.Start);
    }
}
