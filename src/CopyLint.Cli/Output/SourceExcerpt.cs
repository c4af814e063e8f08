using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Cli.Output;

/// <summary>
/// The source line of a diagnostic and where to put the caret underline. News paragraphs are often one long line, so
/// a line longer than the window is cut around the finding, with an ellipsis on each cut side.
/// </summary>
public sealed record SourceExcerpt(string Line, int CaretStart, int CaretLength)
{
    private const int Window = 120;
    private const int LeadIn = 40;
    private const string Ellipsis = "…";

    public static SourceExcerpt? For(SourceText source, Diagnostic diagnostic)
    {
        if (diagnostic.Start.Line > source.LineCount)
        {
            return null;
        }

        // Only the part shown is copied out of the text: a one-line paragraph can run to thousands of characters.
        var lineSpan = source.GetLineSpan(diagnostic.Start.Line);
        var line = source.Text.AsSpan(lineSpan.Start, lineSpan.Length);
        var start = Math.Min(diagnostic.Start.Column - 1, line.Length);
        var end = diagnostic.End.Line == diagnostic.Start.Line ? Math.Min(diagnostic.End.Column - 1, line.Length) : line.Length;
        if (line.Length <= Window)
        {
            return new SourceExcerpt(Untabbed(line), start, Math.Max(1, end - start));
        }

        var from = Math.Max(0, start - LeadIn);
        var to = Math.Min(line.Length, Math.Max(from + Window, end));
        to = Math.Min(to, from + Window * 2);
        var prefix = from > 0 ? Ellipsis : string.Empty;
        var suffix = to < line.Length ? Ellipsis : string.Empty;
        var caretEnd = Math.Min(end, to);
        return new SourceExcerpt(prefix + Untabbed(line[from..to]) + suffix, prefix.Length + start - from, Math.Max(1, caretEnd - start));
    }

    /// <summary>Tabs as single spaces, so the caret line below counts the same columns.</summary>
    private static string Untabbed(ReadOnlySpan<char> text) => text.ToString().Replace('\t', ' ');
}
