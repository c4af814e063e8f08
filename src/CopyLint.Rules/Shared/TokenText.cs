using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>The text of a run of content tokens as a reader quotes it: the tokens' texts joined by single spaces.</summary>
internal static class TokenText
{
    public static string Join(ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length == 1)
        {
            return tokens[0].Text;
        }

        var length = Math.Max(0, tokens.Length - 1);
        foreach (var token in tokens)
        {
            length += token.Text.Length;
        }

        return string.Create(length, tokens, static (chars, tokens) =>
        {
            var at = 0;
            foreach (var token in tokens)
            {
                if (at > 0)
                {
                    chars[at++] = ' ';
                }

                token.Text.CopyTo(chars[at..]);
                at += token.Text.Length;
            }
        });
    }
}
