namespace CopyLint.Text;

/// <summary>
/// A paragraph: one line of wire copy, or a block between blank lines where lines are soft-wrapped.
/// <see cref="Span"/> runs from its first to its last non-trivia token.
/// </summary>
public sealed record Paragraph(int Index, TextSpan Span, ArraySegment<Token> Tokens, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>
    /// A short line with no closing punctuation: a headline, section heading or list header.
    /// Rules about prose (attribution, sentence case) usually skip these.
    /// </summary>
    public bool IsHeadingLike { get; init; }

    /// <summary>The 1-based source line of the paragraph's first character.</summary>
    public int FirstLine { get; init; }

    /// <summary>How many of its tokens are not trivia (whitespace, line breaks, comments): counted by the scanner.</summary>
    public int ContentCount { get; init; }

    /// <summary>
    /// Whether any of its tokens is a quotation mark (<see cref="TokenKind.Quote"/>): noted while the sentences are split,
    /// so a reader pairing quotation marks need not walk a paragraph that has none (most have none).
    /// </summary>
    public bool HasQuotationMarks { get; init; }

    public IEnumerable<Token> Words => Tokens.Where(t => t.Kind == TokenKind.Word);

    /// <summary>The sentence holding the source offset, or null when the offset falls between sentences.</summary>
    public Sentence? SentenceAt(int offset)
    {
        foreach (var sentence in Sentences)
        {
            if (sentence.Span.Contains(offset))
            {
                return sentence;
            }
        }

        return null;
    }
}
