namespace CopyLint.Text;

/// <summary>Markdown emphasis that wraps a whole trimmed line, as content systems export furniture ("*By Priya Nair | 4 min read*").</summary>
public static class MarkdownEmphasis
{
    /// <summary>
    /// Where the text inside the marks starts and how long it is, or the whole line when no emphasis wraps it all.
    /// Emphasis opens with up to three '*' or '_' and closes with the same, with no other such mark inside and no space
    /// at its inner edges: a bullet ("* Share") or partial emphasis ("*Sponsored* content") is not.
    /// </summary>
    public static (int Start, int Length) Inside(ReadOnlySpan<char> line)
    {
        var marker = line.Length > 0 ? line[0] : ' ';
        var run = marker is '*' or '_' ? line.IndexOfAnyExcept(marker) : -1;
        if (run is >= 1 and <= 3 && line.Length > 2 * run && line[^run..].IndexOfAnyExcept(marker) < 0)
        {
            var emphasised = line[run..^run];
            if (emphasised.IndexOf(marker) < 0 && !char.IsWhiteSpace(emphasised[0]) && !char.IsWhiteSpace(emphasised[^1]))
            {
                return (run, emphasised.Length);
            }
        }

        return (0, line.Length);
    }
}
