using Superpower;
using Superpower.Model;

namespace CopyLint.Text;

/// <summary>
/// The Superpower tokenizer for news copy. Every character of the input lands in exactly one token, whitespace
/// and line breaks included, so spans map back to the source without loss and token-level Superpower grammars
/// (see <c>TokenPatterns</c> in the rules) can run over the result.
/// </summary>
public sealed class NewsTokenizer : Tokenizer<TokenKind>
{
    public static NewsTokenizer Instance { get; } = new();

    protected override IEnumerable<Result<TokenKind>> Tokenize(Superpower.Model.TextSpan span)
    {
        var text = span.Source!;
        var position = span.Position.Absolute;
        var remainder = span;
        while (!remainder.IsAtEnd)
        {
            var (kind, length) = TokenScanner.Next(text, position);
            var next = remainder.Skip(length);
            yield return Result.Value(kind, remainder, next);
            remainder = next;
            position += length;
        }
    }

    /// <summary>Tokenizes a whole text into CopyLint tokens with exact spans.</summary>
    public Token[] TokenizeText(string text)
    {
        var tokens = new List<Token>(text.Length / 3);
        foreach (var token in Tokenize(text))
        {
            var start = token.Span.Position.Absolute;
            tokens.Add(new Token(token.Kind, new TextSpan(start, token.Span.Length), token.Span.ToStringValue()));
        }

        return [.. tokens];
    }
}
