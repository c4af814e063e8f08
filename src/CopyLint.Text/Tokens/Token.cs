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

    /// <summary>A word's id in the vocabulary its document was read with (<see cref="Document.Vocabulary"/>); 0 for other tokens.</summary>
    /// <remarks>16 bits beside the one-byte kind: the token stays 16 bytes.</remarks>
    private readonly ushort _word;

    /// <summary>The scanner's token, with its word's id; its length given, not read from the string (a shared one may not be in cache).</summary>
    internal Token(TokenKind kind, int start, int length, string text, int word)
        : this(kind, new TextSpan(start, length), text)
    {
        _word = (ushort)word;
    }

    /// <summary>
    /// The word's id in its document's <see cref="Document.Vocabulary"/>: the same id for the same word, so what a rule
    /// works out about a word can be kept per id. 0 for a token that is not a word, or read without a vocabulary.
    /// </summary>
    public int WordId => _word;

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

    /// <summary>Tokens are equal when their kind, place and text are: the vocabulary's id is not part of what a token is.</summary>
    public bool Equals(Token other) => Kind == other.Kind && _start == other._start && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Kind, _start, Text);

    public override string ToString() => $"{Kind} {Span} \"{Text}\"";
}
