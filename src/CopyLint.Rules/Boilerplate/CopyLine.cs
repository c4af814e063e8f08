using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>
/// One source line as boilerplate rules see it: junk is laid out in lines (a cue line, a credit line), whatever the
/// paragraph model makes of them. <see cref="Span"/> and <see cref="Text"/> are trimmed; <see cref="Tokens"/> skip trivia.
/// </summary>
internal sealed record CopyLine(int Number, TextSpan Span, string Text, Token[] Tokens)
{
    public bool IsBlank => Tokens.Length == 0;

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
        var source = document.Source;
        var lines = new CopyLine[source.LineCount];
        var current = new List<Token>();
        var line = 1;
        foreach (var token in document.Tokens)
        {
            if (token.Kind == TokenKind.LineBreak || (token.Kind == TokenKind.Comment && token.Text.AsSpan().ContainsAny('\n', '\r')))
            {
                var next = source.GetLinePosition(token.Span.End).Line;
                for (; line < next; line++)
                {
                    lines[line - 1] = Create(source, line, current);
                    current.Clear();
                }
            }
            else if (!token.IsTrivia)
            {
                current.Add(token);
            }
        }

        for (; line <= lines.Length; line++)
        {
            lines[line - 1] = Create(source, line, current);
            current.Clear();
        }

        return lines;
    }

    private static CopyLine Create(SourceText source, int number, List<Token> tokens)
    {
        var span = tokens.Count == 0 ? source.GetLineSpan(number) : TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
        return new CopyLine(number, span, source.ToString(span), [.. tokens]);
    }
}
