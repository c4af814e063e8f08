using CopyLint.Engine;
using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A quotation in the first person singular ('… my children still need to eat') credited from the paragraph before to a
/// source that cannot say 'I': an organisation or a document (rules/lists/quote-non-person-sources.txt), an acronym or 'it' heading the cue's
/// agent ('according to the World Food Programme (WFP)', 'UNAMA said', 'according to a UN report'). An organisation
/// speaks for itself as 'we', so a quotation in the plural keeps it as its speaker.
/// </summary>
internal sealed class FirstPersonCredit(RuleDataSet data)
{
    private readonly WordSet _sources = WordSet.From(data, "quote-non-person-sources");

    /// <summary>Whether <paramref name="cue"/> (read from <paramref name="text"/>) cannot be the speaker of the quotation.</summary>
    public bool Rules(Cue cue, string text, ReadOnlySpan<Token> tokens, Quotation quotation) =>
        Head(cue, text) is { Length: > 0 } head && (IsAcronym(head) || _sources.Contains(head)) && SpeaksAsI(tokens, quotation);

    /// <summary>
    /// The agent's head, its last word before any preposition: the head of a subject just before the verb ('the ministry said'), or of a source after
    /// 'according to', 'a report by' or an inverted 'said' that punctuation or the paragraph ends ('according to the
    /// World Food Programme (WFP)', 'said the ministry.'). Any other agent after the cue is no source ('told the BBC',
    /// 'in an interview with the BBC'), and one that runs on into the sentence ('said the camp was full') has no head to read.
    /// </summary>
    private static ReadOnlySpan<char> Head(Cue cue, string text)
    {
        if (cue.Agent is not { } agent || agent.End > text.Length)
        {
            return default;
        }

        if (agent.Start >= cue.Span.End)
        {
            if (!(cue.Text.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || cue.Text.EndsWith(" by", StringComparison.OrdinalIgnoreCase)
                || cue.Text.EndsWith(" from", StringComparison.OrdinalIgnoreCase) || cue.Text is "said" or "says"))
            {
                return default;
            }

            var next = agent.End;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }

            if (next < text.Length && !char.IsPunctuation(text[next]) && text[next] is not ('\n' or '\r'))
            {
                return default;
            }
        }

        // The head comes before a preposition: 'Sarah Whitlock of the Metropolitan Police', 'a spokesman for the ministry'.
        var head = default(ReadOnlySpan<char>);
        var words = text.AsSpan(agent.Start, agent.Length);
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (Prepositions.Contains(word) && head.Length > 0)
            {
                break;
            }

            head = word.Length > 0 ? word : head;
        }

        return head;
    }

    private static readonly WordSet Prepositions = new(["of", "for", "at", "from", "in", "with", "on", "to"]);

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>'I', 'I'm', 'my', 'me' inside the quotation.</summary>
    private static bool SpeaksAsI(ReadOnlySpan<Token> tokens, Quotation quotation)
    {
        for (var k = quotation.Open + 1; k < Math.Min(quotation.Close, tokens.Length); k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word
                && (word.Text == "I" || (word.Text.Length is > 2 and <= 4 && word.Text[0] == 'I' && word.Text[1] is '\'' or '’')
                    || word.IsIgnoreCase("my") || word.IsIgnoreCase("me") || word.IsIgnoreCase("myself")))
            {
                return true;
            }
        }

        return false;
    }
}
