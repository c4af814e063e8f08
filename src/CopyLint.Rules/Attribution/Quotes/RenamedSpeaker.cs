using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// '"People don't understand how hard it is," manager Dan Wilson said. Wilson would know; he caught for 14 seasons. "I
/// never came close to what he's doing."': a quotation later in the paragraph of a credited one, after the reporter's
/// words name that speaker again, is the same speaker's. Naming someone else between them credits nothing.
/// </summary>
internal static class RenamedSpeaker
{
    public static bool Credits(SourceMap map, int p, Quotation quotation, string text)
    {
        var paragraph = map.Paragraphs[p];
        var tokens = paragraph.Tokens;
        Quotation? before = null;
        foreach (var other in paragraph.Quotations)
        {
            if (other.Close < quotation.Open)
            {
                before = other;
            }
        }

        if (before is not { } earlier || map.SpeakerOf(p, earlier) is not { Agent: { } agent } cue || agent.End > text.Length)
        {
            return false;
        }

        var surname = LastWord(text.AsSpan(agent.Start, agent.Length));
        if (surname.IsEmpty || !char.IsUpper(surname[0]) || Pronouns.Contains(surname))
        {
            return false;
        }

        // The name again after the credit: the credit's own name ('," manager Dan Wilson said.') is not a second naming.
        var after = Math.Max(agent.End, cue.Span.End);
        for (var k = earlier.Close + 1; k < quotation.Open; k++)
        {
            if (tokens[k].Span.Start >= after && tokens[k].Kind == TokenKind.Word && tokens[k].Text.AsSpan().SequenceEqual(surname))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> agent)
    {
        var trimmed = agent.TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }

    private static readonly WordSet Pronouns = new(["he", "she", "they", "it", "we", "i", "you"]);
}
