using CopyLint.Text;

namespace CopyLint.Engine;

/// <summary>Replace the text of <see cref="Span"/> with <see cref="NewText"/> (empty to delete).</summary>
public sealed record TextEdit(TextSpan Span, string NewText)
{
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);
}
