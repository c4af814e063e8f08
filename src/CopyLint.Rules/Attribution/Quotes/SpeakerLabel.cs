using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A live page's speaker label: the paragraph before a quotation, one clause closing on a colon, that opens with a
/// name and goes on with a role, a place or what the speaker is doing ('Kaveh Solhekol, Sky Sports News chief
/// reporter:', 'Ewan Murray at Hampden:', 'Anthony Albanese has addressed the Labor party faithful in Sydney:'). A
/// lone surname counts when the story names that person in full ('Glasner, speaking to the BBC:' under 'Oliver
/// Glasner'). A label that names no one ('Update:', 'In Glasgow tonight:') credits nothing. A label set in bold on a
/// line of its own is read without its bold marks.
/// </summary>
internal sealed class SpeakerLabel(RuleDataSet data)
{
    private const int MaxLabelTokens = 30;

    private readonly WordSet _openers = WordSet.From(data, "quote-name-openers");

    public bool Credits(SourceMap map, int p, Quotation quotation)
    {
        if (p == 0 || !quotation.OpensParagraph(map.Paragraphs[p].Tokens) || map.Paragraphs[p - 1] is not { Quotations.Length: 0 } label)
        {
            return false;
        }

        var tokens = label.IsHeading ? Unbolded(label.Tokens) : label.Tokens;
        if (tokens.Length is 0 or > MaxLabelTokens || tokens[^1].Text != ":" || !IsOneClause(tokens))
        {
            return false;
        }

        var run = 0;
        while (run < tokens.Length && tokens[run] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            run++;
        }

        if (run == 0 || run + 1 >= tokens.Length || _openers.Contains(tokens[0].Text))
        {
            return false;
        }

        var next = tokens[run];
        return run >= 2
            ? next.Text == "," || next is { Kind: TokenKind.Word, IsCapitalized: false }
            : next.Text == "," && IsNamedInFull(map, tokens[0].Text);
    }

    /// <summary>
    /// "**Seema Shah, chief global strategist, Principal Asset Management:**": a reaction roundup's label, set in bold
    /// as a line of its own, without its bold marks; a heading with none gives nothing.
    /// </summary>
    private static ReadOnlySpan<Token> Unbolded(ReadOnlySpan<Token> tokens)
    {
        var start = 0;
        var end = tokens.Length;
        while (start < end && SentenceCues.IsEmphasis(tokens[start]))
        {
            start++;
        }

        while (end > start && SentenceCues.IsEmphasis(tokens[end - 1]))
        {
            end--;
        }

        return start > 0 && end < tokens.Length ? tokens[start..end] : [];
    }

    /// <summary>No sentence ends before the closing colon.</summary>
    private static bool IsOneClause(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens[..^1])
        {
            if (token.Text is "." or "!" or "?" or ":")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="surname"/> follows a capitalised word somewhere in the story ('Oliver Glasner').</summary>
    private static bool IsNamedInFull(SourceMap map, string surname)
    {
        foreach (var paragraph in map.Paragraphs)
        {
            var tokens = paragraph.Tokens;
            for (var k = 1; k < tokens.Length; k++)
            {
                if (tokens[k].Text == surname && tokens[k - 1] is { Kind: TokenKind.Word, IsCapitalized: true })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
