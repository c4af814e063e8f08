using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// CL5003 for a sentence written twice in a row, the second copy perhaps run on ("Teachers say the ban has improved
/// concentration in lessons. Teachers say the ban has improved concentration in lessons, and …"): a draft left in front of
/// its revision. Back to back, no formula repeats, so shorter sentences count than for a repeat further off; a quotation
/// is left alone, where a speaker may say a thing twice on purpose.
/// </summary>
internal static class BackToBackSentence
{
    /// <summary>Words the earlier sentence needs.</summary>
    private const int MinWords = 6;

    /// <summary>
    /// The end of the repeat in <paramref name="second"/> when its words open with all the words of
    /// <paramref name="first"/>, the sentence just before it in the paragraph; otherwise -1.
    /// </summary>
    public static int RepeatEnd(Sentence first, Sentence second)
    {
        var a = first.Tokens.AsSpan();
        var b = second.Tokens.AsSpan();
        // The cheap screen: the first words differ for nearly every pair of sentences.
        if (b.Length < a.Length || !Passage.EndsSentence(first.Tokens) || !Passage.SameWord(FirstWord(a), FirstWord(b)))
        {
            return -1;
        }

        var i = 0;
        var k = 0;
        var words = 0;
        var end = -1;
        while (true)
        {
            while (i < a.Length && !Passage.IsCompared(a[i].Kind))
            {
                if (a[i].Kind == TokenKind.Quote)
                {
                    return -1;
                }

                i++;
            }

            while (k < b.Length && !Passage.IsCompared(b[k].Kind))
            {
                if (b[k].Kind == TokenKind.Quote)
                {
                    return -1;
                }

                k++;
            }

            if (i == a.Length)
            {
                return words >= MinWords ? end : -1;
            }

            if (k == b.Length || !Passage.SameWord(a[i++].Text, b[k].Text))
            {
                return -1;
            }

            words++;
            end = b[k++].Span.End;
        }
    }

    private static string FirstWord(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (Passage.IsCompared(token.Kind))
            {
                return token.Text;
            }
        }

        return string.Empty;
    }

    /// <summary>An odd number of quotation marks before the sentence in its paragraph: it is inside a quotation.</summary>
    public static bool IsQuoted(Paragraph paragraph, Sentence sentence)
    {
        var quotes = 0;
        foreach (var token in paragraph.Tokens.AsSpan())
        {
            if (token.Span.Start >= sentence.Span.Start)
            {
                break;
            }

            quotes += token.Kind == TokenKind.Quote ? 1 : 0;
        }

        return quotes % 2 == 1;
    }
}
