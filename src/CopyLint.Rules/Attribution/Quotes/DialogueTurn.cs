using CopyLint.Rules.Attribution.Cues;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// A turn in a questioning exchange told as a sketch tells it: a paragraph that is only a quoted question, in a run of
/// short paragraphs back to a quoted question with its speaker ('"What does finalised mean?" the senator asked. / The
/// deputy secretary said it meant checked. / "Has it been checked?" / It was being checked. / "When will it be
/// checked?"'). The turns alternate, so the questioner named at the start asks each one.
/// </summary>
internal static class DialogueTurn
{
    /// <summary>How many paragraphs back the exchange's first, attributed question may stand.</summary>
    private const int MaxTurns = 4;

    /// <summary>The most words a reply between the questions may have: a turn, not a paragraph of narrative.</summary>
    private const int MaxReplyWords = 15;

    public static bool Continues(SourceMap map, int p, Quotation quotation)
    {
        if (p == 0 || !IsBareQuestion(map.Paragraphs[p], quotation))
        {
            return false;
        }

        for (var q = p - 1; q >= Math.Max(0, p - MaxTurns); q--)
        {
            var paragraph = map.Paragraphs[q];
            if (paragraph.IsHeading)
            {
                return false;
            }

            var quotations = paragraph.Quotations;
            if (quotations.Length == 0)
            {
                if (Words(paragraph.Tokens) > MaxReplyWords)
                {
                    return false;
                }

                continue;
            }

            if (quotations.Length == 1 && IsBareQuestion(paragraph, quotations[0]))
            {
                continue;
            }

            return quotations.Length == 1 && IsQuestion(paragraph.Tokens, quotations[0]) && Words(paragraph.Tokens) - quotations[0].Words <= MaxReplyWords
                && map.SpeakerOf(q, quotations[0]) is { Strength: CueStrength.Firm };
        }

        return false;
    }

    /// <summary>The paragraph is only the quotation, a question: '"When will it be checked?"'.</summary>
    private static bool IsBareQuestion(ParagraphSources paragraph, Quotation quotation)
    {
        var tokens = paragraph.Tokens;
        if (!quotation.IsClosed(tokens.Length) || !quotation.OpensParagraph(tokens) || !IsQuestion(tokens, quotation))
        {
            return false;
        }

        for (var k = quotation.Close + 1; k < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuestion(ReadOnlySpan<Token> tokens, Quotation quotation) =>
        quotation.IsClosed(tokens.Length) && quotation.Close > quotation.Open + 1 && tokens[quotation.Close - 1].Text == "?";

    private static int Words(ReadOnlySpan<Token> tokens)
    {
        var words = 0;
        foreach (var token in tokens)
        {
            words += token.IsWordLike ? 1 : 0;
        }

        return words;
    }
}
