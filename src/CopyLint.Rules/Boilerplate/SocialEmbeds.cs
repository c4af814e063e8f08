using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>What embed markup leaves in copy (rules/lists/social-embed.txt): links to embed-only hosts and fixed lines.</summary>
internal sealed class SocialEmbeds
{
    private const string HostPrefix = "host:";

    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly LinePhrases _lines;

    public SocialEmbeds(RuleDataSet data)
    {
        var entries = data.GetList("social-embed");
        foreach (var entry in entries.Where(e => e.StartsWith(HostPrefix, StringComparison.Ordinal)))
        {
            _hosts.Add(entry[HostPrefix.Length..]);
        }

        _lines = new LinePhrases(entries.Where(e => !e.StartsWith(HostPrefix, StringComparison.Ordinal)));
    }

    /// <summary>The first link to an embed-only host on the line, if any.</summary>
    public Token? EmbedLink(CopyLine line)
    {
        // Trivia is never a link: no need for the line's content tokens. This is the only pass that looks for links,
        // so the lines are not searched for them when they are split.
        foreach (var token in line.AllTokens.AsSpan())
        {
            if (token.Kind == TokenKind.Url && _hosts.Contains(Host(token.Text)))
            {
                return token;
            }
        }

        return null;
    }

    public bool IsEmbedPhrase(CopyLine line) => _lines.MatchesLine(line.Chars);

    /// <summary>A line's text is one an embed leaves ("View this post on Instagram").</summary>
    public bool IsEmbedPhrase(ReadOnlySpan<char> line) => _lines.MatchesLine(line);

    public bool IsEmbedLine(CopyLine line) => EmbedLink(line) is not null || IsEmbedPhrase(line);

    private static string Host(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) is >= 0 and var scheme ? scheme + 3 : 0;
        var end = url.IndexOf('/', start) is >= 0 and var slash ? slash : url.Length;
        var host = url[start..end];
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
