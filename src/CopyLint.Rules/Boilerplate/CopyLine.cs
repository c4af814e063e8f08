using System.Runtime.CompilerServices;
using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// One source line as boilerplate rules see it: junk is laid out in lines (a cue line, a credit line), whatever the
/// paragraph model makes of them. <see cref="Span"/> and <see cref="Text"/> are trimmed; <see cref="Tokens"/>,
/// <see cref="First"/> and <see cref="Last"/> skip trivia.
/// </summary>
internal sealed class CopyLine
{
    // From the first token that is not trivia to the last (empty on a blank line): all of the line a rule reads.
    private readonly ArraySegment<Token> _content;
    private Token[]? _tokens;

    /// <param name="all">The line's tokens, trivia included.</param>
    /// <param name="first">The index in <paramref name="all"/> of its first token that is not trivia, or -1 on a blank line.</param>
    /// <param name="last">The index of its last token that is not trivia.</param>
    private CopyLine(int number, SourceText source, ArraySegment<Token> all, int first, int last)
    {
        (Number, Source) = (number, source);
        // The kind first: most lines open with a word, and the kind is read without the token's text.
        if (first >= 0 && all[first].Kind == TokenKind.Punctuation && all[first].Text is "*" or "_")
        {
            (first, last) = InsideEmphasis(source, all, first, last);
        }

        _content = first < 0 ? ArraySegment<Token>.Empty : all.Slice(first, last - first + 1);
        Span = first < 0 ? source.GetLineSpan(number) : TextSpan.FromBounds(all[first].Span.Start, all[last].Span.End);
    }

    public int Number { get; }

    /// <summary>From the first token that is not trivia to the last; on a blank line, the line without its break.</summary>
    /// <remarks>Kept, not worked out on each call: rules read it many times a line (natively 0.2 % of a run).</remarks>
    public TextSpan Span { get; }

    public SourceText Source { get; }

    /// <summary>The line's text as a string: made on each call, so read <see cref="Chars"/> to test it.</summary>
    public string Text => Source.ToString(Span);

    public ReadOnlySpan<char> Chars => Source.AsSpan(Span);

    public bool IsBlank => _content.Count == 0;

    /// <summary>The first token that is not trivia; only on a line that is not blank.</summary>
    public Token First => _content[0];

    /// <summary>The last token that is not trivia; only on a line that is not blank.</summary>
    public Token Last => _content[^1];

    /// <summary>
    /// The line's tokens from <see cref="First"/> to <see cref="Last"/>, the trivia between them included: for a look at
    /// every token that needs no neighbours.
    /// </summary>
    public ArraySegment<Token> AllTokens => _content;

    /// <summary>
    /// The line's tokens without trivia. Copied on first use: most lines are judged by their text, <see cref="First"/>
    /// or <see cref="Last"/> alone, and copying every line's tokens was most of what the boilerplate rules allocated.
    /// </summary>
    public ArraySegment<Token> Tokens => _tokens ??= ContentOf(_content);

    public int WordCount => CountWords(Tokens);

    /// <summary>True when the line ends a sentence: . ! ? … or a closing quote or bracket after one.</summary>
    public bool EndsSentence => EndsWithSentence(Tokens);

    public static int CountWords(ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            words += token.IsWordLike ? 1 : 0;
        }

        return words;
    }

    public static bool EndsWithSentence(ReadOnlySpan<Token> tokens)
    {
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Quote || token.Text is ")" or "]")
            {
                continue;
            }

            return token.Kind == TokenKind.Punctuation && token.Text is "." or "!" or "?" or "…" or "...";
        }

        return false;
    }

    /// <summary>The document's lines, split once per document and shared by the boilerplate analyzers of a run.</summary>
    public static CopyLine[] Of(AnalysisContext context) => context.GetShared(typeof(CopyLine), Split);

    public static CopyLine[] Split(Document document)
    {
        // Each line a segment of the document's tokens between two of its line breaks: no array or string per line, and
        // only the trivia at a line's ends is read.
        var source = document.Source;
        var breaks = document.LineBreaks;
        if (breaks.Length < source.LineCount - 1)
        {
            return SplitByTokens(document);
        }

        var all = document.Tokens;
        var lines = new CopyLine[source.LineCount];
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var end = i < breaks.Length ? breaks[i] : all.Count;
            lines[i] = LineOf(i + 1, source, all[start..end]);
            start = end + 1;
        }

        return lines;
    }

    /// <param name="all">The line's tokens, trivia included, without the line break that ends it.</param>
    private static CopyLine LineOf(int number, SourceText source, ArraySegment<Token> all)
    {
        ReadOnlySpan<Token> tokens = all;
        var first = 0;
        while (first < tokens.Length && tokens[first].IsTrivia)
        {
            first++;
        }

        if (first == tokens.Length)
        {
            return new CopyLine(number, source, all, -1, -1);
        }

        var last = tokens.Length - 1;
        while (tokens[last].IsTrivia)
        {
            last--;
        }

        return new CopyLine(number, source, all, first, last);
    }

    /// <summary>
    /// The lines of a document with a comment over several lines, whose line breaks are not tokens of their own: a walk
    /// over every token.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CopyLine[] SplitByTokens(Document document)
    {
        var source = document.Source;
        var all = document.Tokens;
        ReadOnlySpan<Token> tokens = all;
        var lines = new CopyLine[source.LineCount];
        var line = 1;
        var (start, first, last) = (0, -1, -1);
        for (var i = 0; i < tokens.Length; i++)
        {
            // Copy first: most tokens are, and only move the line's ends on.
            var kind = tokens[i].Kind;
            if (!tokens[i].IsTrivia)
            {
                if (first < 0)
                {
                    first = i - start;
                }

                last = i - start;
            }
            else if (kind == TokenKind.LineBreak)
            {
                lines[line - 1] = new CopyLine(line, source, all[start..i], first, last);
                line++;
                (start, first, last) = (i + 1, -1, -1);
            }
            else if (kind == TokenKind.Comment && CloseCommentLines(lines, source, all, start, i, first, last, line) is var next && next > line)
            {
                line = next;
                (start, first, last) = (i + 1, -1, -1);
            }
        }

        for (; line <= lines.Length; line++)
        {
            lines[line - 1] = new CopyLine(line, source, all[start..], first, last);
            (start, first, last) = (all.Count, -1, -1);
        }

        return lines;
    }

    /// <summary>
    /// A comment over several lines ends the line it starts on and leaves the lines after it blank: makes those lines
    /// and returns the line after the comment, or <paramref name="line"/> for a comment within one line.
    /// </summary>
    /// <remarks>Not inlined: in <see cref="SplitByTokens"/>'s loop over every token, this rare case cost the loop a third of its time.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CloseCommentLines(CopyLine[] lines, SourceText source, ArraySegment<Token> all, int start, int comment, int first, int last, int line)
    {
        if (!all[comment].Text.AsSpan().ContainsAny('\n', '\r'))
        {
            return line;
        }

        for (var next = source.GetLinePosition(all[comment].Span.End).Line; line < next; line++)
        {
            lines[line - 1] = new CopyLine(line, source, all[start..comment], first, last);
            (start, first, last) = (comment, -1, -1);
        }

        return line;
    }

    /// <summary>
    /// Markdown emphasis around the whole line, as a content system exports furniture ("*By Priya Nair | 4 min read*",
    /// "**Photo: Peter Byrne/PA Wire**"): the first and last tokens inside the marks (<see cref="MarkdownEmphasis"/>, as
    /// pack rules read lines), or the line's own when they do not wrap it all or a mark is part of a word ("read_").
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int First, int Last) InsideEmphasis(SourceText source, ReadOnlySpan<Token> tokens, int first, int last)
    {
        var lineStart = tokens[first].Start;
        var (offset, length) = MarkdownEmphasis.Inside(source.AsSpan(TextSpan.FromBounds(lineStart, tokens[last].Span.End)));
        var (innerFirst, innerLast) = (first, last);
        while (innerFirst < last && tokens[innerFirst].Start < lineStart + offset)
        {
            innerFirst++;
        }

        while (innerLast > first && tokens[innerLast].Span.End > lineStart + offset + length)
        {
            innerLast--;
        }

        var aligned = tokens[innerFirst].Start == lineStart + offset && tokens[innerLast].Span.End == lineStart + offset + length;
        return offset > 0 && aligned ? (innerFirst, innerLast) : (first, last);
    }

    /// <summary>The tokens that are not trivia, copied to an array of their own.</summary>
    internal static Token[] ContentOf(ReadOnlySpan<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.IsTrivia ? 0 : 1;
        }

        var content = new Token[count];
        count = 0;
        foreach (var token in tokens)
        {
            if (!token.IsTrivia)
            {
                content[count++] = token;
            }
        }

        return content;
    }
}
