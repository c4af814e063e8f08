using CopyLint.Rules.Boilerplate;
using CopyLint.Text;

namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>How the boilerplate rules see a document's lines: trimmed, trivia skipped, one per source line.</summary>
public sealed class CopyLineTests
{
    private static string[] Lines(string text) =>
        [.. CopyLine.Split(Document.Parse(text)).Select(l => l.IsBlank ? "" : $"{l.Number}:{l.Text}{(l.AllTokens.Any(t => t.Kind == TokenKind.Url) ? " (url)" : "")}")];

    [Fact]
    public void Each_line_is_trimmed_of_trivia()
    {
        Assert.Equal(["1:Most read", "", "3:See https://example.com/a (url)", "4:Last <!-- c --> word"], Lines("  Most read \t\n\n See https://example.com/a\r\nLast <!-- c --> word"));
    }

    [Fact]
    public void A_comment_over_several_lines_ends_its_first_line_and_leaves_the_lines_it_covers_blank()
    {
        Assert.Equal(["1:Head", "", "3:tail", "4:Next line", ""], Lines("Head <!-- a\nb\nc --> tail\nNext line\n"));
    }
}
