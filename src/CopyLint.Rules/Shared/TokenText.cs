using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>The text of a run of content tokens as a reader quotes it: the tokens' texts joined by single spaces.</summary>
internal static class TokenText
{
    public static string Join(ReadOnlySpan<Token> tokens) =>
        tokens.Length == 1 ? tokens[0].Text : string.Create(JoinedLength(tokens), tokens, static (chars, tokens) => JoinInto(tokens, chars));

    /// <summary>The length of the joined text, to size a buffer for <see cref="JoinInto"/>.</summary>
    public static int JoinedLength(ReadOnlySpan<Token> tokens)
    {
        var length = Math.Max(0, tokens.Length - 1);
        foreach (var token in tokens)
        {
            length += token.Text.Length;
        }

        return length;
    }

    /// <summary>Writes the joined text into <paramref name="destination"/>, which holds <see cref="JoinedLength"/> characters.</summary>
    public static void JoinInto(ReadOnlySpan<Token> tokens, Span<char> destination)
    {
        var at = 0;
        foreach (var token in tokens)
        {
            if (at > 0)
            {
                destination[at++] = ' ';
            }

            token.Text.CopyTo(destination[at..]);
            at += token.Text.Length;
        }
    }
}
