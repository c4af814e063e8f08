using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// CL5003 for a paragraph that pastes the one before it again, one copy edited: cut short at a comma of its first
/// sentence ("MADRID (Reuters) - Real Madrid have agreed a deal … before the Club World Cup, the Spanish club said on
/// Friday." and then "MADRID (Reuters) - Real Madrid have agreed a deal … before the Club World Cup.") or run on past its
/// last sentence ("The session was adjourned till Tuesday." and then "The session was adjourned till Tuesday afternoon.").
/// </summary>
internal static class DoubledLede
{
    /// <summary>Words a cut copy needs: a shorter clause at the head of a paragraph may open the next one by design.</summary>
    private const int MinCutWords = 8;

    /// <summary>
    /// <paramref name="paragraph"/> holds the words of <paramref name="before"/> up to a comma there, and ends a sentence.
    /// </summary>
    public static bool IsCutShort(Paragraph before, Paragraph paragraph)
    {
        if (!Passage.EndsSentence(paragraph.Tokens))
        {
            return false;
        }

        var a = before.Tokens.AsSpan();
        var b = paragraph.Tokens.AsSpan();
        var i = 0;
        var words = 0;
        foreach (var token in b)
        {
            if (token.Kind == TokenKind.Quote)
            {
                return false;
            }

            if (!Passage.IsCompared(token.Kind))
            {
                continue;
            }

            while (i < a.Length && !Passage.IsCompared(a[i].Kind))
            {
                i++;
            }

            if (i == a.Length || !Passage.SameWord(a[i++].Text, token.Text))
            {
                return false;
            }

            words++;
        }

        return words >= MinCutWords && i < a.Length && a[i].Text == ",";
    }

    /// <summary>
    /// The end of the repeat in <paramref name="paragraph"/>'s first sentence when it opens with all the words of
    /// <paramref name="before"/>'s last sentence and runs on past them; otherwise -1.
    /// </summary>
    public static int RunOnEnd(Paragraph before, Paragraph paragraph)
    {
        if (before.Sentences.Count == 0 || paragraph.Sentences.Count == 0)
        {
            return -1;
        }

        var (last, next) = (before.Sentences[^1], paragraph.Sentences[0]);
        return Passage.Words(next.Tokens) > Passage.Words(last.Tokens) ? BackToBackSentence.RepeatEnd(last, next) : -1;
    }
}
