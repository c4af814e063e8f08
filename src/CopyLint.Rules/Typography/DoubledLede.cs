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

        var (end, words) = RepeatedOpening(before.Tokens, paragraph.Tokens);
        var a = before.Tokens.AsSpan();
        return words >= MinCutWords && end < a.Length && a[end].Text == ",";
    }

    /// <summary>Words a truncated copy needs: "ESTEPONA town hall has banned new tourist flats".</summary>
    private const int MinTruncatedWords = 6;

    /// <summary>Words of the paragraph before that a truncated copy must leave out, so that it is plainly cut off.</summary>
    private const int MinWordsLeftOut = 3;

    /// <summary>
    /// <paramref name="paragraph"/>, with no closing punctuation, repeats the opening words of <paramref name="before"/>
    /// and stops mid-sentence: the lede pasted again and cut off ("BOGOTÁ — Colombian President Gustavo Petro on Tuesday
    /// recalled his ambassador to Washington after …" and then "BOGOTÁ — Colombian President Gustavo Petro on Tuesday
    /// recalled his ambassador"). A paragraph that reads like a heading is such a copy too: no heading repeats the words
    /// the paragraph before it opens with.
    /// </summary>
    public static bool IsTruncated(Paragraph before, Paragraph paragraph)
    {
        if (before.IsHeadingLike || Passage.EndsSentence(paragraph.Tokens) || !Passage.EndsSentence(before.Tokens))
        {
            return false;
        }

        var (end, words) = RepeatedOpening(before.Tokens, paragraph.Tokens);
        return words >= MinTruncatedWords && Passage.Words(before.Tokens[end..]) >= MinWordsLeftOut;
    }

    /// <summary>
    /// Where the words of <paramref name="b"/>, all of them, end in <paramref name="a"/> when <paramref name="a"/> opens
    /// with them, and how many they are; (0, 0) when it does not, or <paramref name="b"/> holds a quotation mark.
    /// </summary>
    private static (int End, int Words) RepeatedOpening(ArraySegment<Token> a, ArraySegment<Token> b)
    {
        var i = 0;
        var words = 0;
        foreach (var token in b)
        {
            if (token.Kind == TokenKind.Quote)
            {
                return (0, 0);
            }

            if (!Passage.IsCompared(token.Kind))
            {
                continue;
            }

            while (i < a.Count && !Passage.IsCompared(a[i].Kind))
            {
                i++;
            }

            if (i == a.Count || !Passage.SameWord(a[i++].Text, token.Text))
            {
                return (0, 0);
            }

            words++;
        }

        return (i, words);
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
        // The repeat first: its screen (the first words) turns away nearly every pair before the words are counted.
        return BackToBackSentence.RepeatEnd(last, next) is >= 0 and var end && Passage.Words(next.Tokens) > Passage.Words(last.Tokens) ? end : -1;
    }
}
