namespace CopyLint.Rules.Tests.Boilerplate;

/// <summary>CL1002's embed links: on any line, in any case, after other dots and links; other hosts are left alone.</summary>
public sealed class EmbedLinkTests
{
    private static string[] Links(string text) => [.. RuleHarness.Lint(text, "CL1002").Select(d => d.Message)];

    [Fact]
    public void Links_after_sentences_urls_and_other_dots_are_found()
    {
        var text = "The U.S. team met on Monday. See example.com/a for more.\n\nhttps://T.CO/abc\nA line. Another.\npic.twitter.com/xyz\nwww.t.co\nEnd.";
        Assert.Equal(["The link 'https://T.CO/abc' is part of an embedded social post, not copy",
            "The link 'pic.twitter.com/xyz' is part of an embedded social post, not copy",
            "The link 'www.t.co' is part of an embedded social post, not copy"], Links(text));
    }

    [Fact]
    public void A_link_on_the_first_line_and_two_on_one_line_are_found() =>
        Assert.Equal(["The link 'https://t.co/a' is part of an embedded social post, not copy"], Links("https://t.co/a https://t.co/b\nText."));

    [Fact]
    public void Links_to_other_hosts_are_not() => Assert.Empty(Links("Read https://example.co/story.\nNo.Caps and e.g. dots.\nhttps://twitter.com/x"));
}
