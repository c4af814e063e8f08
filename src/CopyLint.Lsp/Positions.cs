using CopyLint.Lsp.Protocol;
using CopyLint.Text;

namespace CopyLint.Lsp;

/// <summary>
/// Converts between LSP positions (0-based line, UTF-16 character) and offsets. <see cref="SourceText"/> counts
/// columns in UTF-16 code units too, so the mapping is exact for surrogate pairs (emoji), CJK and curly quotes.
/// </summary>
public static class Positions
{
    public static Position ToPosition(this SourceText source, int offset)
    {
        var position = source.GetLinePosition(offset);
        return new Position(position.Line - 1, position.Column - 1);
    }

    public static Protocol.Range ToRange(this SourceText source, TextSpan span) => new(source.ToPosition(span.Start), source.ToPosition(span.End));

    /// <summary>The offset of a position; as the protocol says, a character past the line's end means its end, a line past the last the text's end.</summary>
    public static int ToOffset(this SourceText source, Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        return position.Line >= source.LineCount
            ? source.Length
            : source.GetOffset(new LinePosition(position.Line + 1, Math.Max(0, position.Character) + 1));
    }

    public static TextSpan ToSpan(this SourceText source, Protocol.Range range)
    {
        var start = source.ToOffset(range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, source.ToOffset(range.End)));
    }
}
