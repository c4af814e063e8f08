using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>What embed markup leaves in copy (rules/lists/social-embed.txt): links to embed-only hosts and fixed lines.</summary>
internal sealed class SocialEmbeds
{
    private const string HostPrefix = "host:";

    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly LinePhrases _lines;

    /// <summary>
    /// The characters that follow a dot in a host's name, in lower case ("t.co": 'c'); null when a host has no dot
    /// or a character beyond ASCII after one, so that any text may hold it.
    /// </summary>
    private readonly string? _afterDots;

    public SocialEmbeds(RuleDataSet data)
    {
        var entries = data.GetList("social-embed");
        foreach (var entry in entries.Where(e => e.StartsWith(HostPrefix, StringComparison.Ordinal)))
        {
            _hosts.Add(entry[HostPrefix.Length..]);
        }

        _lines = new LinePhrases(entries.Where(e => !e.StartsWith(HostPrefix, StringComparison.Ordinal)));
        _afterDots = AfterDots(_hosts);
    }

    /// <summary>
    /// Where the next dot that may be in an embed-only host's name is in <paramref name="text"/>, at or after
    /// <paramref name="from"/>, or <see cref="int.MaxValue"/>. A link to such a host holds the host's name, so a line
    /// that ends before that dot has no <see cref="EmbedLink"/>: a search for dots (most end a sentence, before a space)
    /// instead of a look at every token of the document.
    /// </summary>
    public int NextHostDot(string text, int from)
    {
        if (_afterDots is null)
        {
            return from;
        }

        while (from < text.Length && text.AsSpan(from).IndexOf('.') is >= 0 and var dot)
        {
            var at = from + dot;
            if (at + 1 < text.Length && text[at + 1] is var next && (next >= 128 || _afterDots.Contains(char.ToLowerInvariant(next), StringComparison.Ordinal)))
            {
                return at; // beyond ASCII, a character may equal an ASCII one ignoring case
            }

            from = at + 1;
        }

        return int.MaxValue;
    }

    private static string? AfterDots(IEnumerable<string> hosts)
    {
        var after = new HashSet<char>();
        foreach (var host in hosts)
        {
            var dot = host.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || dot == host.Length - 1 || !char.IsAscii(host[dot + 1]))
            {
                return null;
            }

            after.Add(char.ToLowerInvariant(host[dot + 1]));
        }

        return string.Concat(after);
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

    public bool IsEmbedLine(CopyLine line) => EmbedLink(line) is not null || IsEmbedPhrase(line);

    private static string Host(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) is >= 0 and var scheme ? scheme + 3 : 0;
        var end = url.IndexOf('/', start) is >= 0 and var slash ? slash : url.Length;
        var host = url[start..end];
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
