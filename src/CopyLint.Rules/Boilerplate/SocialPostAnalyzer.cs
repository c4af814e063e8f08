using CopyLint.Engine;

namespace CopyLint.Rules.Boilerplate;

/// <summary>CL1002: lines an embedded post (X, Instagram, Bluesky, Threads) leaves in the copy.</summary>
public sealed class SocialPostAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL1002",
        "Embedded social post",
        "{0} is part of an embedded social post, not copy",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "When a page with an embedded post (X, Instagram, Bluesky, Threads) is copied, the embed's text comes along "
        + "with its links; read as copy, they are noise. A line is reported when it holds a link to an embed-only host or an embed phrase "
        + "(rules/lists/social-embed.txt), or is a signature line. If the post matters, quote it in a sentence with its "
        + "author. Fix: delete the line.")
    {
        Name = "embedded-social-post",
        Summary = "The text of an embedded social-media post came along with the copy.",
        Reports =
        [
            "The embed's picture and short links: pic.twitter.com/…, t.co/….",
            "\"View this post on Instagram\" and \"A post shared by …\", or the two run together on one line.",
            "Bluesky's \"[image or embed]\".",
            "Threads' \"Post by @handle\" and \"View on Threads\".",
            "Getty Images' \"Embed from Getty Images\".",
            "A scrape's label for a flattened embed: \"Embedded tweet: @DeerParkTX — …\".",
            "The signature line \"— Name (@handle) May 7, 2025\", among the copy also without its dash.",
            "Bluesky's signature line, with a domain handle and a time: \"— Name (@name.bsky.social) May 7, 2025 at 2:05 PM\".",
            "A signature line run on after the post's last sentence on one line, as a scrape flattens the embed: \"> We're not going to comment. — Kush Desai (@KushDesai47) November 14, 2025\".",
            "The signature line kept in a Markdown blockquote: \"> — Toronto Maple Leafs (@MapleLeafs) January 15, 2026\".",
            "A scrape's placeholder for an embed it dropped, on a line of its own: \"[Embedded YouTube video]\" (rules/lists/social-embed.txt).",
        ],
        LeftAlone =
        [
            "Ordinary links, handles and hashtags in a sentence.",
        ],
    };

    private readonly SocialEmbeds _embeds = new(data);
    private readonly SocialSignature _signature = new(data.GetSet("months", StringComparer.Ordinal));

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var source = context.Document.Source;
        // A line that ends a sentence has been read: the copy has begun, and the byline is above it.
        var amongCopy = false;
        foreach (var line in CopyLine.Of(context))
        {
            if (line.IsBlank)
            {
                continue;
            }

            var what = _embeds.EmbedLink(line) is { } link ? $"The link '{link.Text}'"
                : _embeds.IsEmbedPhrase(line) ? $"'{line.Text}'"
                : _signature.IsMatch(line, amongCopy) || _signature.IsRunOn(line) ? "This signature line"
                : null;
            amongCopy = amongCopy || line.EndsSentence;
            if (what is not null)
            {
                context.Report(Descriptor, line.Span, new CodeFix("Delete the line", LineEdits.DeleteLines(source, line.Number, line.Number)), what);
            }
        }
    }
}
