namespace CopyLint.Text;

/// <summary>One token of the copy, with its exact place in the source text.</summary>
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>True for words and figures: the tokens a reader reads.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;

    public bool IsTrivia => Kind is TokenKind.Whitespace or TokenKind.LineBreak or TokenKind.Comment;

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsIgnoreCase(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Kind} {Span} \"{Text}\"";
}
