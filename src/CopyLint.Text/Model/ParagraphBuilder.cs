using System.Runtime.InteropServices;

namespace CopyLint.Text;

/// <summary>
/// Groups lines into paragraphs. Wire copy puts each paragraph on one line; other copy wraps lines inside a
/// paragraph and separates paragraphs with a blank line. A document is treated as wrapped when some line break
/// inside a block continues a sentence (the next line starts in lower case).
/// </summary>
internal static class ParagraphBuilder
{
    /// <summary>
    /// The paragraphs, every sentence in document order (the document's list, built here so it is never copied) and
    /// the token index of every line break.
    /// </summary>
    /// <param name="marks">The indices of the line breaks, punctuation and quotes (see <see cref="TokenScanner.ScanAll"/>).</param>
    /// <param name="contentThroughLine">How many tokens that are not trivia run up to the end of each line (see <see cref="TokenScanner.ScanAll"/>).</param>
    public static (List<Paragraph> Paragraphs, List<Sentence> Sentences, int[] LineBreaks) Build(SourceText source, ArraySegment<Token> scanned, ReadOnlySpan<int> marks, ReadOnlySpan<int> contentThroughLine)
    {
        // The scanner's array may be longer than its tokens: every segment below is cut from it, never copied.
        var tokens = scanned.Array!;

        // Each line break token is one of the source's, so the source has at least as many lines (a comment can hold more).
        var lines = source.LineCount <= MaxLinesOnStack ? stackalloc Line[source.LineCount] : new Line[source.LineCount];
        // As many line breaks as the source has, unless a comment holds some: then the array is cut to the tokens'.
        var breaks = new int[source.LineCount - 1];
        lines = lines[..SplitLines(tokens, scanned.Count, marks, lines, breaks)];
        if (lines.Length - 1 < breaks.Length)
        {
            breaks = breaks[..(lines.Length - 1)];
        }

        var wrapped = IsWrapped(lines, tokens);
        var paragraphs = new List<Paragraph>(lines.Length);
        // Copy runs about three marks (line breaks, punctuation, quotes) a sentence: half as many slots as marks is
        // enough for most documents, where growing from four would allocate and copy the list four or five times.
        var sentences = new List<Sentence>((marks.Length / 2) + 1);
        var bounds = new List<(int First, int Count)>();
        // The open block (lines blockFirst..blockLast) becomes a paragraph when a line ends it; one step past the last
        // line ends the last block. Its marks are the next run of marks between its first and last tokens.
        var blockFirst = -1;
        var blockLast = -1;
        var mark = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var blank = i < lines.Length && lines[i].FirstContent < 0;
            var ends = i == lines.Length || blank || !wrapped || StartsOwnParagraph(tokens, scanned.Count, lines[i].FirstContent);
            if (ends && blockFirst >= 0)
            {
                var (first, last) = (lines[blockFirst].FirstContent, lines[blockLast].LastContent);
                while (mark < marks.Length && marks[mark] < first)
                {
                    mark++;
                }

                var markEnd = mark;
                while (markEnd < marks.Length && marks[markEnd] <= last)
                {
                    markEnd++;
                }

                var contentCount = contentThroughLine[blockLast] - (blockFirst > 0 ? contentThroughLine[blockFirst - 1] : 0);
                // Line i is source line i + 1 unless a comment holds line breaks: then the source says where it starts.
                var firstLine = lines.Length == source.LineCount ? blockFirst + 1 : source.GetLinePosition(tokens[first].Span.Start).Line;
                paragraphs.Add(Create(tokens, first, last, paragraphs.Count, firstLine, marks[mark..markEnd], sentences, bounds, contentCount));
                mark = markEnd;
                blockFirst = -1;
            }

            if (i < lines.Length && !blank)
            {
                blockFirst = blockFirst < 0 ? i : blockFirst;
                blockLast = i;
            }
        }

        return (paragraphs, sentences, breaks);
    }

    private const int MaxLinesOnStack = 256;

    /// <summary>A line's first and last content tokens, or -1 on a blank line.</summary>
    private readonly record struct Line(int FirstContent, int LastContent);

    /// <param name="breaks">Receives the index of each line break token.</param>
    /// <returns>How many lines were written to <paramref name="lines"/>.</returns>
    private static int SplitLines(Token[] tokens, int count, ReadOnlySpan<int> marks, Span<Line> lines, Span<int> breaks)
    {
        var lineCount = 0;
        var start = 0;
        foreach (var mark in marks)
        {
            if (tokens[mark].Kind == TokenKind.LineBreak)
            {
                breaks[lineCount] = mark;
                lines[lineCount++] = LineOf(tokens, start, mark);
                start = mark + 1;
            }
        }

        lines[lineCount++] = LineOf(tokens, start, count);
        return lineCount;
    }

    /// <summary>The line of the tokens from <paramref name="start"/> up to <paramref name="end"/> (a line break or the end).</summary>
    private static Line LineOf(Token[] tokens, int start, int end)
    {
        var first = start;
        while (first < end && tokens[first].IsTrivia)
        {
            first++;
        }

        if (first == end)
        {
            return new Line(-1, -1);
        }

        var last = end - 1;
        while (tokens[last].IsTrivia)
        {
            last--;
        }

        return new Line(first, last);
    }

    private static bool IsWrapped(ReadOnlySpan<Line> lines, Token[] tokens)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var previous = lines[i - 1];
            var line = lines[i];
            if (previous.FirstContent >= 0 && line.FirstContent >= 0
                && tokens[line.FirstContent].Kind == TokenKind.Word && char.IsLower(tokens[line.FirstContent].Text[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>List items and Markdown headings start a paragraph even inside a wrapped block.</summary>
    private static bool StartsOwnParagraph(Token[] tokens, int count, int firstContent)
    {
        var token = tokens[firstContent];
        return token.Text is "-" or "*" or "•" or "#" or "##" or "###" or ">"
            || (token.Kind == TokenKind.Number && firstContent + 1 < count && tokens[firstContent + 1].Text is "." or ")");
    }

    /// <param name="marks">The paragraph's line breaks, punctuation and quotes.</param>
    /// <param name="all">The document's sentences so far; the paragraph's are appended.</param>
    /// <param name="bounds">Scratch for the splitter, reused across paragraphs.</param>
    private static Paragraph Create(Token[] tokens, int first, int last, int index, int firstLine, ReadOnlySpan<int> marks, List<Sentence> all, List<(int First, int Count)> bounds, int contentCount)
    {
        var segment = new ArraySegment<Token>(tokens, first, last - first + 1);
        var hasQuotationMarks = SentenceSplitter.Split(segment, marks, bounds);
        var firstSentence = all.Count;
        foreach (var (start, count) in bounds)
        {
            var slice = Trim(segment.Slice(start, count));
            if (slice.Count > 0)
            {
                var span = TextSpan.FromBounds(slice[0].Span.Start, slice[^1].Span.End);
                all.Add(new Sentence(all.Count, index, span, slice));
            }
        }

        // An exact array, not a list: the paragraph's sentences never change.
        var sentences = CollectionsMarshal.AsSpan(all)[firstSentence..].ToArray();

        var paragraphSpan = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        return new Paragraph(index, paragraphSpan, segment, sentences)
        {
            IsHeadingLike = IsHeadingLike(segment),
            FirstLine = firstLine,
            ContentCount = contentCount,
            HasQuotationMarks = hasQuotationMarks,
        };
    }

    private static ArraySegment<Token> Trim(ArraySegment<Token> tokens)
    {
        var start = 0;
        var end = tokens.Count;
        while (start < end && tokens[start].IsTrivia)
        {
            start++;
        }

        while (end > start && tokens[end - 1].IsTrivia)
        {
            end--;
        }

        return tokens.Slice(start, end - start);
    }

    private static bool IsHeadingLike(ArraySegment<Token> tokens)
    {
        var last = tokens[^1];
        if (last.Text is "." or "!" or "?" or "…" or ":" or "," or ";" || last.Kind == TokenKind.Quote)
        {
            return false;
        }

        var words = 0;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.LineBreak)
            {
                return false;
            }

            if (token.IsWordLike && ++words > 14)
            {
                return false;
            }
        }

        return words > 0;
    }
}
