using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// An interview printed as plain questions and answers, with no Q&A label over it.
internal sealed partial class FigureScan
{
    private const int MinPlainInterviewAnswers = 3;

    /// <summary>
    /// Whether plain questions ('How much did it cost to open?') stand for an interview's questions: under a Q&amp;A or
    /// Interview label, or, with no label, when at least three plain questions are each answered by the paragraph under
    /// them in the first person ('About £140,000, most of it on the kitchen. … I used my savings') and one of them asks
    /// the reader's 'you' ('What has surprised you?'). An explainer's questions are answered in the third person, and a
    /// column's rhetorical question is seldom more than one or two.
    /// </summary>
    private static bool ReadsPlainQuestions(SourceMap map) => IsLabelledInterview(map) || IsUnlabelledInterview(map);

    private static bool IsUnlabelledInterview(SourceMap map)
    {
        var (answered, askedYou) = (0, false);
        var paragraphs = map.Paragraphs;
        for (var p = 1; p + 1 < paragraphs.Length; p++)
        {
            var question = paragraphs[p].Tokens;
            if (IsPlainQuestion(question) && paragraphs[p].Quotations.Length == 0 && !IsPlainQuestion(paragraphs[p + 1].Tokens) && InFirstPerson(paragraphs[p + 1].Tokens))
            {
                answered++;
                askedYou |= AsksYou(question);
            }
        }

        return answered >= MinPlainInterviewAnswers && askedYou;
    }

    private static bool AsksYou(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text is "you" or "your" or "You" or "Your")
            {
                return true;
            }
        }

        return false;
    }
}
