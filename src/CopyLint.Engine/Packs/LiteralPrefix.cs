namespace CopyLint.Engine.Packs;

/// <summary>
/// The literal text every match of a pattern starts with, read from the pattern's leading characters that are not
/// regular-expression syntax: a text without it cannot match, and one <c>IndexOf</c> is far cheaper than an engine call
/// (CL1111's "Share this…" asked the engine of every document). A pattern opening with a group, an escape, a class, an
/// anchor or an inline option, or with an alternation outside its groups, has none, so the screen never turns down a
/// text the pattern could match.
/// </summary>
public static class LiteralPrefix
{
    private const string Syntax = @"\*+?|{}[]()^$.#";

    /// <summary>
    /// The leading literal of <paramref name="pattern"/>, or the empty string when it has none. Under
    /// <paramref name="ignoreCase"/> only characters whose regex case-equivalents are exactly their ordinal
    /// ignore-case equals are taken (the Kelvin sign matches "k" in the regex but not in an ordinal comparison).
    /// </summary>
    public static string Of(string pattern, bool ignoreCase)
    {
        if (HasInlineOptionOrComment(pattern) || HasTopLevelAlternation(pattern))
        {
            return string.Empty;
        }

        var length = 0;
        while (length < pattern.Length && !Syntax.Contains(pattern[length], StringComparison.Ordinal)
            && (!ignoreCase || IsSafeIgnoringCase(pattern[length])))
        {
            length++;
        }

        // A quantifier after the literal makes its last character optional or repeated ("Shares?").
        if (length < pattern.Length && pattern[length] is '*' or '+' or '?' or '{')
        {
            length--;
        }

        return length > 0 ? pattern[..length] : string.Empty;
    }

    /// <summary>The prefix of a literal token: the phrase up to its first space, which the matcher reads as any run of whitespace.</summary>
    public static string OfToken(string phrase, bool ignoreCase)
    {
        var length = 0;
        while (length < phrase.Length && phrase[length] != ' ' && (!ignoreCase || IsSafeIgnoringCase(phrase[length])))
        {
            length++;
        }

        return phrase[..length];
    }

    private static bool IsSafeIgnoringCase(char c) => char.IsAscii(c) && c is not ('k' or 'K');

    /// <summary>"(?i)", "(?x)" (which makes spaces and '#' syntax) and "(?#…)" change how the rest reads: no prefix.</summary>
    private static bool HasInlineOptionOrComment(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 < pattern.Length && pattern[i + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-' or '#')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An '|' outside every group and class: the pattern has alternatives that need not start with its first characters.</summary>
    private static bool HasTopLevelAlternation(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The index of the ']' closing the class opened at <paramref name="open"/> (a ']' first in it is literal).</summary>
    private static int EndOfClass(string pattern, int open)
    {
        var i = open + 1;
        i += i < pattern.Length && pattern[i] == '^' ? 1 : 0;
        i += i < pattern.Length && pattern[i] == ']' ? 1 : 0;
        for (; i < pattern.Length && pattern[i] != ']'; i++)
        {
            i += pattern[i] == '\\' ? 1 : 0;
        }

        return i;
    }
}
