using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// CL5003 for a quotation pasted again as the next sentence, after its attribution: "\"We are the ones who live with
/// the war when the cameras leave,\" Yunda said. \"We are the ones who live with the war when the cameras leave.\"" A
/// speaker's emphasis repeats a few words ("\"Never again,\" she said. \"Never again.\""); a sentence of six words or
/// more said twice over ("\"We said this ten years ago,\" said Alkatiri. \"We said this ten years ago.\"") is a paste,
/// not a transcript.
/// </summary>
internal static class EchoedQuote
{
    /// <summary>Words the quotation needs: fewer is a speaker's refrain.</summary>
    private const int MinWords = 6;

    /// <summary>True when <paramref name="second"/> is a quotation alone whose words are those of a quotation in <paramref name="first"/>.</summary>
    public static bool Echoes(Sentence first, Sentence second)
    {
        var b = second.Tokens;
        // The cheap screen: most sentences are no quotation alone.
        if (b.Count < MinWords + 3 || !Passage.IsOnlyQuotation(b) || !Passage.EndsSentence(b))
        {
            return false;
        }

        var a = first.Tokens;
        var open = -1;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Kind != TokenKind.Quote)
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            var quoted = a[(open + 1)..i];
            if (Passage.Words(quoted) >= MinWords && Passage.SameWords(quoted, b))
            {
                return true;
            }

            open = -1;
        }

        return false;
    }
}
