using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>Edits that remove whole lines of junk without leaving a hole in the copy.</summary>
public static class LineEdits
{
    /// <summary>
    /// Deletes lines <paramref name="firstLine"/> to <paramref name="lastLine"/> (1-based) with their line breaks. Where
    /// blank lines separate paragraphs, the separator after the block goes too (or the one before it at the end of
    /// the text), so that removing a paragraph leaves exactly one blank line between its neighbours.
    /// </summary>
    public static TextEdit DeleteLines(SourceText source, int firstLine, int lastLine)
    {
        var start = source.GetFullLineSpan(firstLine).Start;
        var end = source.GetFullLineSpan(lastLine).End;
        var next = lastLine + 1;
        var blankBefore = firstLine == 1 || IsBlank(source, firstLine - 1);
        if (blankBefore)
        {
            while (next <= source.LineCount && IsBlank(source, next) && end < source.Length)
            {
                end = source.GetFullLineSpan(next++).End;
            }
        }

        if (end == source.Length)
        {
            var previous = firstLine - 1;
            while (previous >= 1 && IsBlank(source, previous))
            {
                start = source.GetFullLineSpan(previous--).Start;
            }

            // The last line of copy keeps no dangling line break of its own when the original had none.
            if (previous >= 1 && source.Length > 0 && source.Text[^1] is not ('\n' or '\r'))
            {
                start = source.GetLineSpan(previous).End;
            }
        }

        return TextEdit.Delete(TextSpan.FromBounds(start, end));
    }

    /// <summary>Deletes a span with the spaces on one side, so that no double space is left behind.</summary>
    public static TextEdit DeleteWithSpace(string text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        if (end > span.End && (span.Start == 0 || text[span.Start - 1] is ' ' or '\t' or '\n' or '\r'))
        {
            return TextEdit.Delete(TextSpan.FromBounds(span.Start, end));
        }

        var start = span.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return TextEdit.Delete(TextSpan.FromBounds(start, span.End));
    }

    public static bool IsBlank(SourceText source, int line) => source.AsSpan(source.GetLineSpan(line)).IsWhiteSpace();
}
