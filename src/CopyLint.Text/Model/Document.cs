using System.Buffers;

namespace CopyLint.Text;

/// <summary>
/// The document model every rule reads: the untouched source, its tokens and its paragraphs and sentences,
/// each with exact source spans. Built once per text; immutable.
/// </summary>
public sealed class Document
{
    private readonly int[] _lineBreaks;
    private readonly ulong[] _lowercaseWords;

    private Document(SourceText source, ArraySegment<Token> tokens, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, int[] lineBreaks, ulong[] lowercaseWords)
    {
        _lineBreaks = lineBreaks;
        _lowercaseWords = lowercaseWords;
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
            var lowercaseWords = new ulong[TokenScanner.LowercaseWordBits / 64];
            var tokens = TokenScanner.ScanAll(source.Text, marks, out var markCount, content, lowercaseWords, buffer?.Take());
            var (paragraphs, sentences, lineBreaks) = ParagraphBuilder.Build(source, tokens, marks.AsSpan(0, markCount), content);
            return new Document(source, tokens, paragraphs, sentences, lineBreaks, lowercaseWords);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(content);
            ArrayPool<int>.Shared.Return(marks);
        }
    }

    /// <summary>
    /// False when no word token of the text is <paramref name="word"/>, read from a screen the scanner fills as it goes:
    /// a word of three characters or more that does not open with an ASCII capital passes only if some such word has its
    /// length and its first, second and last characters (or shares their bit). Any other word passes.
    /// </summary>
    public bool MayWriteWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || char.IsAsciiLetterUpper(word[0]))
        {
            return true;
        }

        var bit = TokenScanner.LowercaseWordBit(word.Length, word[0], word[1], word[^1]);
        return (_lowercaseWords[bit >> 6] & (1UL << bit)) != 0;
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
