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

    public static IReadOnlyList<CopyLine> Split(Document document)
    {
        var source = document.Source;
        var byLine = new List<Token>[source.LineCount];
        foreach (var token in document.Tokens)
        {
            if (!token.IsTrivia)
            {
                (byLine[source.GetLinePosition(token.Span.Start).Line - 1] ??= []).Add(token);
            }
        }

        var lines = new CopyLine[source.LineCount];
        for (var i = 0; i < lines.Length; i++)
        {
            var tokens = byLine[i]?.ToArray() ?? [];
            var span = tokens.Length == 0 ? source.GetLineSpan(i + 1) : TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
            lines[i] = new CopyLine(i + 1, span, source.ToString(span), tokens);
        }

        return lines;
    }
}
