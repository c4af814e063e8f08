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

    [Fact]
    public void A_line_with_a_url_token_always_holds_a_slash_or_www()
    {
        // SocialEmbeds looks at a line's tokens for links only when its characters could hold one.
        string[] pieces = ["https://example.com/a", "http://x.org", "www.example.com", "WWW.Example.co.uk.", "pic.twitter.com/abc", "t.co/xyz", "example.com",
            "see", "(", ")", "\"", ".", ",", "www", "com/", "a.b", "Www.x", "https:", "//", "ftp://h", "x@y.com", "“www.q.io”", "—", "news.bbc.co.uk/1"];
        var random = new Random(7);
        var urls = 0;
        for (var n = 0; n < 2000; n++)
        {
            var text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var line in CopyLine.Split(Document.Parse(text)))
            {
                var hasUrl = line.AllTokens.Any(t => t.Kind == TokenKind.Url);
                urls += hasUrl ? 1 : 0;
                Assert.True(!hasUrl || SocialEmbeds.MayHoldUrl(line.Chars), text);
            }
        }

        Assert.InRange(urls, 500, 2000);
    }
}
