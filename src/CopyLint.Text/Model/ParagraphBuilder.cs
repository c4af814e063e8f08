namespace CopyLint.Text;

/// <summary>
/// Groups lines into paragraphs. Wire copy puts each paragraph on one line; other copy wraps lines inside a
/// paragraph and separates paragraphs with a blank line. A document is treated as wrapped when some line break
/// inside a block continues a sentence (the next line starts in lower case).
/// </summary>
internal static class ParagraphBuilder
{
    /// <summary>The paragraphs, and every sentence in document order (the document's list, built here so it is never copied).</summary>
    public static (List<Paragraph> Paragraphs, List<Sentence> Sentences) Build(SourceText source, ArraySegment<Token> scanned)
    {
        // The scanner's array may be longer than its tokens: every segment below is cut from it, never copied.
        var tokens = scanned.Array!;
        var count = scanned.Count;
        var lines = SplitLines(tokens, count);
        var wrapped = IsWrapped(lines, tokens);
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        var bounds = new List<(int First, int Count)>();
        var blockStart = -1;
        var blockEnd = -1;

        void Flush()
        {
            if (blockStart < 0)
            {
                return;
            }

            paragraphs.Add(Create(source, tokens, blockStart, blockEnd, paragraphs.Count, sentences, bounds));
            blockStart = -1;
        }

        foreach (var line in lines)
        {
            var blank = line.FirstContent < 0;
            if (blank || !wrapped || StartsOwnParagraph(tokens, count, line.FirstContent))
            {
                Flush();
            }

            if (!blank)
            {
                if (blockStart < 0)
                {
                    blockStart = line.FirstContent;
                }

                blockEnd = line.LastContent;
            }
        }

        Flush();
        return (paragraphs, sentences);
    }

    private readonly record struct Line(int First, int End, int FirstContent, int LastContent);

    private static List<Line> SplitLines(Token[] tokens, int count)
    {
        var lines = new List<Line>();
        int first = 0, firstContent = -1, lastContent = -1;
        for (var i = 0; i <= count; i++)
        {
            if (i == count || tokens[i].Kind == TokenKind.LineBreak)
            {
                lines.Add(new Line(first, i, firstContent, lastContent));
                first = i + 1;
                firstContent = lastContent = -1;
            }
            else if (!tokens[i].IsTrivia)
            {
                firstContent = firstContent < 0 ? i : firstContent;
                lastContent = i;
            }
        }

        return lines;
    }

    private static bool IsWrapped(List<Line> lines, Token[] tokens)
    {
        for (var i = 1; i < lines.Count; i++)
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

    /// <param name="all">The document's sentences so far; the paragraph's are appended.</param>
    /// <param name="bounds">Scratch for the splitter, reused across paragraphs.</param>
    private static Paragraph Create(SourceText source, Token[] tokens, int first, int last, int index, List<Sentence> all, List<(int First, int Count)> bounds)
    {
        var segment = new ArraySegment<Token>(tokens, first, last - first + 1);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(segment, bounds);
        foreach (var (start, count) in bounds)
        {
            var slice = Trim(segment.Slice(start, count));
            if (slice.Count > 0)
            {
                var span = TextSpan.FromBounds(slice[0].Span.Start, slice[^1].Span.End);
                var sentence = new Sentence(all.Count, index, span, slice);
                sentences.Add(sentence);
                all.Add(sentence);
            }
        }

        var paragraphSpan = TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
        return new Paragraph(index, paragraphSpan, segment, sentences)
        {
            IsHeadingLike = IsHeadingLike(segment),
            FirstLine = source.GetLinePosition(paragraphSpan.Start).Line,
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

            if (token.IsWordLike)
            {
                words++;
            }
        }

        return words is > 0 and <= 14;
    }
}
