using CopyLint.Text;

namespace CopyLint.Engine.Packs;

/// <summary>
/// The line-scope rules of the packs loaded together, screened together: once per document, each line's edges are
/// looked up for every rule at once (<see cref="MatchEdges.Group"/>), and each rule then matches only the lines its
/// edges allow, most often none. A rule whose pattern has no edges to read is not screened here.
/// </summary>
public sealed class PackLineScreen
{
    private readonly Dictionary<PackMatcher, int> _members = [];
    private readonly MatchEdges.Group _edges;
    private readonly Func<Document, PackLines> _build;

    public PackLineScreen(IEnumerable<PackMatcher> matchers)
    {
        var edges = new List<MatchEdges>();
        foreach (var matcher in matchers)
        {
            if (matcher.LineEdges is { } lineEdges && _members.TryAdd(matcher, edges.Count))
            {
                edges.Add(lineEdges);
            }
        }

        _edges = new MatchEdges.Group(edges);
        _build = Screen;
    }

    /// <summary>The index the screen knows <paramref name="matcher"/> by, or -1 when it does not screen it.</summary>
    public int MemberOf(PackMatcher matcher) => _members.TryGetValue(matcher, out var member) ? member : -1;

    /// <summary>The document's trimmed lines and, per member, the lines it may match; built once per document.</summary>
    public PackLines Of(AnalysisContext context) => context.GetShared(this, _build);

    private PackLines Screen(Document document)
    {
        var source = document.Source;
        var lines = PackLines.TrimmedLines(source);
        List<int>?[]? candidates = null;
        Span<bool> marked = _edges.Count <= 256 ? stackalloc bool[_edges.Count] : new bool[_edges.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || _edges.MayBeWhole(source.AsSpan(lines[i]), marked) == 0)
            {
                continue;
            }

            candidates ??= new List<int>?[_edges.Count];
            for (var member = 0; member < marked.Length; member++)
            {
                if (marked[member])
                {
                    (candidates[member] ??= []).Add(i);
                }
            }

            marked.Clear();
        }

        return new PackLines(lines, candidates);
    }
}

/// <summary>A document's lines as pack rules read them.</summary>
/// <param name="Lines">The trimmed span of every line, empty for a blank one.</param>
/// <param name="Candidates">Per member of a <see cref="PackLineScreen"/>, the indexes of the lines it may match; null when no line may match any.</param>
public sealed record PackLines(TextSpan[] Lines, List<int>?[]? Candidates)
{
    /// <summary>The trimmed span of every line, empty for a blank one.</summary>
    public static TextSpan[] TrimmedLines(SourceText source)
    {
        // Spans, not strings: most lines are copy that matches nothing, and need no allocation to say so. Blank lines
        // stay in as empty spans, so the array is never copied to a shorter one.
        var lines = new TextSpan[source.LineCount];
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            var text = source.AsSpan(span);
            var trimmed = text.Trim();
            if (trimmed.Length > 0)
            {
                var start = span.Start + (text.Length - text.TrimStart().Length);
                lines[line - 1] = trimmed[0] is '#' or '*' or '_' or '>' ? WithoutMarkdown(start, trimmed)
                    : trimmed[0] > '\u007f' ? WithoutEmoji(start, trimmed)
                    : new TextSpan(start, trimmed.Length);
            }
        }

        return lines;
    }

    /// <summary>
    /// A trimmed line without the emoji and the space that open it, as a newsletter or a social card sets one before its
    /// furniture ("📧 Get the latest … Sign up for our newsletter."); any other line whole. Only pictographs: "©" and "™"
    /// open notices and credits that the rules read with them.
    /// </summary>
    private static TextSpan WithoutEmoji(int start, ReadOnlySpan<char> line)
    {
        var length = 0;
        while (length < line.Length && EmojiLength(line[length..]) is > 0 and var emoji)
        {
            length += emoji;
        }

        var rest = line[length..];
        var inside = rest.TrimStart();
        return length > 0 && inside.Length > 0 && inside.Length < rest.Length
            ? new TextSpan(start + line.Length - inside.Length, inside.Length)
            : new TextSpan(start, line.Length);
    }

    /// <summary>
    /// The length of the emoji part that opens <paramref name="text"/>, or 0: a pictograph beyond the Basic Multilingual
    /// Plane (a surrogate pair), one of its symbols (U+2300–U+23FF, U+2600–U+27BF, U+2B00–U+2BFF), a variation selector
    /// or a zero-width joiner.
    /// </summary>
    private static int EmojiLength(ReadOnlySpan<char> text) => text[0] switch
    {
        >= '\uD83C' and <= '\uD83E' when text.Length > 1 && char.IsLowSurrogate(text[1]) => 2,
        (>= '\u2300' and <= '\u23FF') or (>= '\u2600' and <= '\u27BF') or (>= '\u2B00' and <= '\u2BFF') or '\uFE0F' or '\u200D' => 1,
        _ => 0,
    };

    /// <summary>
    /// A trimmed line that starts with a Markdown mark, without the marks that wrap it whole as a content system exports
    /// furniture: a block quote's "&gt;" ("&gt; Follow us on Instagram"), a heading's "#"s ("## Advertisement") and emphasis
    /// ("*By Priya Nair | 4 min read*").
    /// </summary>
    private static TextSpan WithoutMarkdown(int start, ReadOnlySpan<char> inside)
    {
        var quotes = inside.IndexOfAnyExcept('>');
        if (quotes >= 1 && inside[quotes] == ' ')
        {
            var quoted = inside[quotes..].TrimStart();
            start += inside.Length - quoted.Length;
            inside = quoted;
        }

        var hashes = inside.IndexOfAnyExcept('#');
        if (hashes is >= 1 and <= 6 && inside[hashes] == ' ')
        {
            var heading = inside[hashes..].TrimStart();
            start += inside.Length - heading.Length;
            inside = heading;
        }

        var (offset, length) = MarkdownEmphasis.Inside(inside);
        return new TextSpan(start + offset, length);
    }
}
