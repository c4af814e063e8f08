using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A cue whose source is data (rules/lists/quote-data-sources.txt): 'according to data from aviation analytics firm
/// Cirium', 'figures from the ONS', 'official figures show'. It sources a figure, but data cannot be the speaker of a quotation.
/// </summary>
internal sealed class DataSourceCue(RuleDataSet data)
{
    /// <summary>How far into the cue and its agent the data noun may stand: 'according to official figures'.</summary>
    private const int MaxLeadingWords = 4;

    private readonly WordSet _nouns = WordSet.From(data, "quote-data-sources");

    /// <summary>Whether one of the first words of the cue, then of its agent in <paramref name="text"/>, is a data noun.</summary>
    public bool Names(Cue cue, string text)
    {
        var seen = 0;
        return Leads(cue.Text, ref seen) || (cue.Agent is { } agent && agent.End <= text.Length && Leads(text.AsSpan(agent.Start, agent.Length), ref seen));
    }

    private bool Leads(ReadOnlySpan<char> words, ref int seen)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (_nouns.Contains(word))
            {
                return true;
            }

            if (++seen >= MaxLeadingWords)
            {
                return false;
            }
        }

        return false;
    }
}
