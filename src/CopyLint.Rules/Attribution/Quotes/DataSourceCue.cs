using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A cue whose source is data (rules/lists/quote-data-sources.txt): 'according to data from aviation analytics firm
/// Cirium', 'figures from the ONS', 'official figures show'. It sources a figure, but data cannot be the speaker of a quotation.
/// </summary>
internal sealed class DataSourceCue(RuleDataSet data)
{
    /// <summary>How far into the cue and its agent the data noun may stand: 'according to official figures'.</summary>
    private const int MaxLeadingWords = 4;

    /// <summary>
    /// Words after a data noun that keep it the head of the source ('data from', 'figures show'); any other ('statistics
    /// chief Jane Doe') makes it a modifier of the real source.
    /// </summary>
    private static readonly WordSet Followers = new(["from", "by", "of", "on", "for", "show", "shows", "showed", "published", "released", "compiled", "collected", "suggest", "suggests", "suggested"]);

    private readonly WordSet _nouns = WordSet.From(data, "quote-data-sources");

    /// <summary>Whether one of the first words of the cue and its agent (read from <paramref name="text"/>) is a data noun heading the source.</summary>
    public bool Names(Cue cue, string text)
    {
        var words = cue.Agent is { } agent && agent.End <= text.Length ? $"{cue.Text} {text.AsSpan(agent.Start, agent.Length)}" : cue.Text;
        var seen = 0;
        var heads = false;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var word = words.AsSpan()[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (heads)
            {
                return Followers.Contains(word);
            }

            if (seen++ > MaxLeadingWords)
            {
                return false;
            }

            heads = _nouns.Contains(word);
        }

        return heads;
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> cite data with "according to" ("…, according to data from the Dubai Land
    /// Department"): a data noun among the first words after it, with a word after the noun that keeps it the source's head.
    /// </summary>
    public bool IsCitedIn(ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k + 3 < tokens.Length; k++)
        {
            if (!tokens[k].IsIgnoreCase("according") || !tokens[k + 1].IsIgnoreCase("to"))
            {
                continue;
            }

            for (var j = k + 2; j + 1 < tokens.Length && j < k + 2 + MaxLeadingWords; j++)
            {
                if (tokens[j].Kind == TokenKind.Word && _nouns.Contains(tokens[j].Text))
                {
                    return Followers.Contains(tokens[j + 1].Text);
                }
            }
        }

        return false;
    }
}
