using System.Buffers;

namespace CopyLint.Text;

/// <summary>
/// The document model every rule reads: the untouched source, its tokens and its paragraphs and sentences,
/// each with exact source spans. Built once per text; immutable.
/// </summary>
public sealed class Document
{
    private readonly int[] _lineBreaks;

    private Document(SourceText source, ArraySegment<Token> tokens, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, int[] lineBreaks)
    {
        _lineBreaks = lineBreaks;
        Source = source;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    public SourceText Source { get; }

    public string Text => Source.Text;

    public string Path => Source.Path;

    /// <summary>
    /// Every token, trivia included; together they cover the text exactly. An array segment, like a paragraph's and a
    /// sentence's tokens, so indexing and <c>foreach</c> cost no interface call per token.
    /// </summary>
    public ArraySegment<Token> Tokens { get; }

    /// <summary>
    /// The index in <see cref="Tokens"/> of every line break token, in order: line <c>n</c> (1-based) ends at
    /// <c>LineBreaks[n - 1]</c>. A comment over several lines holds line breaks of its own, so then there are fewer than
    /// <see cref="SourceText.LineCount"/> − 1.
    /// </summary>
    public ReadOnlySpan<int> LineBreaks => _lineBreaks;

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>All sentences in document order; <see cref="Sentence.Index"/> indexes this list.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    public static Document Parse(string text, string path = "<text>") => Parse(new SourceText(text, path));

    /// <param name="buffer">
    /// Lends the token array of a document recycled before (for a run of many documents, one buffer per thread); the
    /// tokens are the same without one.
    /// </param>
    public static Document Parse(SourceText source, TokenBuffer? buffer = null)
    {
        // The scanner NewsTokenizer wraps, without Superpower's per-token results: identical tokens, a fraction of the cost.
        // The marks (line breaks, punctuation, quotes) are scratch for the builder, from the shared pool.
        var marks = ArrayPool<int>.Shared.Rent(source.Text.Length);
        var content = ArrayPool<int>.Shared.Rent(source.LineCount);
        try
        {
            var tokens = TokenScanner.ScanAll(source.Text, marks, out var markCount, content, buffer?.Take());
            var (paragraphs, sentences, lineBreaks) = ParagraphBuilder.Build(source, tokens, marks.AsSpan(0, markCount), content);
            return new Document(source, tokens, paragraphs, sentences, lineBreaks);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(content);
            ArrayPool<int>.Shared.Return(marks);
        }
    }

    public LinePosition GetLinePosition(int offset) => Source.GetLinePosition(offset);

    public string GetText(TextSpan span) => Source.ToString(span);

    /// <summary>The paragraph containing an offset, or null when the offset falls between paragraphs.</summary>
    public Paragraph? ParagraphAt(int offset)
    {
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Span.Start <= offset && offset < paragraph.Span.End)
            {
                return paragraph;
            }
        }

        return null;
    }
}
