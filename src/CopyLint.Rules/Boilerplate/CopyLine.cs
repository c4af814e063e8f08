using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// One source line as boilerplate rules see it: junk is laid out in lines (a cue line, a credit line), whatever the
/// paragraph model makes of them. <see cref="Span"/> and <see cref="Text"/> are trimmed; <see cref="Tokens"/> skip trivia.
/// </summary>
internal sealed record CopyLine(int Number, TextSpan Span, ArraySegment<Token> Tokens, SourceText Source)
{
    /// <summary>The line's text as a string: made on each call, so read <see cref="Chars"/> to test it.</summary>
    public string Text => Source.ToString(Span);

    public ReadOnlySpan<char> Chars => Source.AsSpan(Span);

    public bool IsBlank => Tokens.Count == 0;

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
    public static IReadOnlyList<CopyLine> Of(AnalysisContext context) => context.GetShared(typeof(CopyLine), Split);

    public static IReadOnlyList<CopyLine> Split(Document document)
    {
        // One array of the document's non-trivia tokens, and each line a segment of it: no array or string per line.
        var source = document.Source;
        var tokens = document.Tokens.AsSpan();
        var content = new Token[CountContent(tokens)];
        var lines = new CopyLine[source.LineCount];
        var count = 0;
        var lineStart = 0;
        var line = 1;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.LineBreak || (token.Kind == TokenKind.Comment && token.Text.AsSpan().ContainsAny('\n', '\r')))
            {
                var next = source.GetLinePosition(token.Span.End).Line;
                for (; line < next; line++)
                {
                    lines[line - 1] = Create(source, line, new ArraySegment<Token>(content, lineStart, count - lineStart));
                    lineStart = count;
                }
            }
            else if (!token.IsTrivia)
            {
                content[count++] = token;
            }
        }

        for (; line <= lines.Length; line++)
        {
            lines[line - 1] = Create(source, line, new ArraySegment<Token>(content, lineStart, count - lineStart));
            lineStart = count;
        }

        return lines;
    }

    private static int CountContent(ReadOnlySpan<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.IsTrivia ? 0 : 1;
        }

        return count;
    }

    private static CopyLine Create(SourceText source, int number, ArraySegment<Token> tokens)
    {
        var span = tokens.Count == 0 ? source.GetLineSpan(number) : TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
        return new CopyLine(number, span, tokens, source);
    }
}
