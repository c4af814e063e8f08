namespace CopyLint.Text;

/// <summary>A sentence of a paragraph; <see cref="Span"/> excludes surrounding whitespace.</summary>
public sealed record Sentence(int Index, int ParagraphIndex, TextSpan Span, ArraySegment<Token> Tokens)
{
    public IEnumerable<Token> Words => Tokens.Where(t => t.Kind == TokenKind.Word);

    /// <summary>Tokens a reader sees: no whitespace, line breaks or comments.</summary>
    public IEnumerable<Token> Content => Tokens.Where(t => !t.IsTrivia);
}
