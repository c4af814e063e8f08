using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CopyLint.Text;

/// <summary>One token of the copy, with its exact place in the source text.</summary>
/// <remarks>
/// <see cref="Text"/> is always the source text at <see cref="Span"/>, so the span's length is the text's: the token
/// keeps only where it starts. 16 bytes instead of 24, in the document's token array and every copy of it.
/// </remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text)
{
    private readonly int _start = StartOf(Span, Text);

    public TextSpan Span => new(_start, Text?.Length ?? 0);

    /// <summary>Where the token starts, <see cref="Span"/>'s start: read without its text (no load of the string).</summary>
    public int Start => _start;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True for words and figures: the tokens a reader reads.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    public bool IsTrivia => Kind is TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.Comment;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    private static int StartOf(TextSpan span, string text)
    {
        // Checked in debug builds (the tests) only: the scanner makes every token, and this is per token.
        Debug.Assert(span.Length == (text?.Length ?? 0), "A token's text is the source text at its span: their lengths agree.");
        return span.Start;
    }

    public override string ToString() => $"{Kind} {Span} \"{Text}\"";
}
