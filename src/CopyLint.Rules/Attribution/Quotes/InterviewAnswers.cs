namespace CopyLint.Rules.Attribution.Quotes;

/// <summary>
/// CL3003's reading of an interview printed as questions and answers, where each quoted answer under a question is the
/// interviewee's, whom the standfirst names.
/// </summary>
internal static class InterviewAnswers
{
    /// <summary>
    /// An interview printed as questions and answers: at least two paragraphs that are only a question ('**Why
    /// 1959?**'), each followed by a paragraph with a quotation. The standfirst names the one person answering, so an
    /// answer needs no speaker. One question followed by a quote is as likely an explainer's unsourced quotation.
    /// </summary>
    public static bool IsInterview(SourceMap map)
    {
        var answered = 0;
        for (var p = 1; p < map.Paragraphs.Length && answered < MinInterviewQuestions; p++)
        {
            // The cheap test first: most paragraphs hold no quotation.
            answered += map.Paragraphs[p].Quotations.Length > 0 && AnswersQuestion(map, p) ? 1 : 0;
        }

        return answered >= MinInterviewQuestions;
    }

    private const int MinInterviewQuestions = 2;

    /// <summary>
    /// Whether the paragraph before is only a question: a short paragraph ending in '?' (emphasis marks aside), with no
    /// quotation. An interviewer's question may open with a remark ('The novel is very physical. How did you research that?').
    /// </summary>
    public static bool AnswersQuestion(SourceMap map, int p)
    {
        var question = map.Paragraphs[p - 1];
        var tokens = question.Tokens;
        var last = tokens.Length - 1;
        while (last > 0 && tokens[last].Text is "*" or "_")
        {
            last--;
        }

        return last > 0 && last < MaxQuestionTokens && tokens[last].Text == "?" && question.Quotations.Length == 0;
    }

    private const int MaxQuestionTokens = 60;
}
