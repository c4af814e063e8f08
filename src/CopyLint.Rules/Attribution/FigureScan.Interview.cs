using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// An interview printed as questions and answers: the answers are the interviewee's words, quoted or not.
internal sealed partial class FigureScan
{
    private const int MinInterviewAnswers = 2;
    private const int MaxQuestionTokens = 60;

    /// <summary>
    /// The first question of an interview printed as questions and answers, or -1 when the document is not one: at least
    /// two questions set apart as paragraphs of their own, in bold or italics ('**Why then?**') or after 'Q:', each
    /// answered by a paragraph in the first person ('My father got sick…'). Every paragraph below the first question that
    /// is not a question is then the interviewee's, whom the standfirst names, so its figures are the speaker's own
    /// ('Reel-to-reel tapes, about 200 of them.'). An explainer's question headings are answered by the writer, in the
    /// third person, and a question under '##' is a heading of its own.
    /// </summary>
    private static int FirstInterviewQuestion(SourceMap map)
    {
        var (first, answered) = (-1, 0);
        var paragraphs = map.Paragraphs;
        var labelled = ReadsPlainQuestions(map);
        for (var p = 0; p + 1 < paragraphs.Length && answered < MinInterviewAnswers; p++)
        {
            var question = paragraphs[p].Tokens;
            var answer = paragraphs[p + 1].Tokens;
            if (IsSetQuestion(question, labelled) && !IsSetQuestion(answer, labelled) && InFirstPerson(answer) && (!IsNamedLabel(question) || SpeakerLabel(answer) > 0))
            {
                first = first < 0 ? p : first;
                answered++;
            }
        }

        return answered >= MinInterviewAnswers ? first : -1;
    }

    /// <summary>Whether paragraph <paramref name="p"/> is an interviewee's answer (see <see cref="FirstInterviewQuestion"/>).</summary>
    private static bool IsInterviewAnswer(SourceMap map, int firstQuestion, int p) =>
        firstQuestion >= 0 && (p > firstQuestion ? !IsSetQuestion(map.Paragraphs[p].Tokens, ReadsPlainQuestions(map)) : IsIntervieweeStandfirst(map, firstQuestion, p));

    /// <summary>
    /// "Q&amp;A: What does a cattle judge look for?" above "Mrs Fiona Blackett has judged beef cattle at more than 100
    /// shows": under a Q&amp;A or Interview label, a paragraph above the first question that opens on the interviewee (an
    /// honorific, or a full name and "has", "is" or "was") tells the career the interview gives. A standfirst opening on
    /// anything else ("More than 100 shows were cancelled this year") is the writer's and keeps its claims.
    /// </summary>
    private static bool IsIntervieweeStandfirst(SourceMap map, int firstQuestion, int p)
    {
        var tokens = map.Paragraphs[p].Tokens;
        return p > 0 && p < firstQuestion && IsLabelledInterview(map) && tokens.Length > 3 && tokens[0].Kind == TokenKind.Word
            && (tokens[0].Text is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Prof"
                || (tokens[0].IsCapitalized && tokens[1] is { Kind: TokenKind.Word, IsCapitalized: true } && tokens[2].Text is "has" or "is" or "was"));
    }

    /// <summary>
    /// "Q&amp;A: 'Drought taught us to save every drop'", "Interview: 'Compliance is the product now'": a headline labelled
    /// Q&amp;A or Interview, under which the questions may stand as plain paragraphs of their own ("How did you keep anything
    /// alive?"), set apart by the label rather than by emphasis.
    /// </summary>
    private static bool IsLabelledInterview(SourceMap map)
    {
        if (map.Paragraphs.Length == 0)
        {
            return false;
        }

        var headline = map.Paragraphs[0].Tokens;
        var label = headline.Length > 1 && headline[0].Text is "Q&A" or "Interview" ? 1
            : headline.Length > 3 && headline[0].Text == "Q" && headline[1].Text == "&" && headline[2].Text == "A" ? 3 : 0;
        return label > 0 && headline[label].Text is ":" or "|" or "-" or "—";
    }

    /// <summary>A plain question under a Q&amp;A headline: one sentence, not a quotation, ending in "?".</summary>
    private static bool IsPlainQuestion(ReadOnlySpan<Token> tokens) =>
        tokens.Length >= 3 && tokens.Length <= MaxQuestionTokens && tokens[^1].Text == "?" && tokens[0].Kind == TokenKind.Word && !ContainsSentenceEnd(tokens[..^1]);

    private static bool ContainsSentenceEnd(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text is "." or "?" or "!")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A short paragraph that is only a question, in emphasis marks ('**Why 1959?**') or after 'Q:' or a speaker's label
    /// ('The Kyiv Independent: How many people have returned?', answered under the interviewee's: 'Terekhov: …').
    /// </summary>
    private static bool IsSetQuestion(ReadOnlySpan<Token> tokens, bool labelled = false)
    {
        if (labelled && IsPlainQuestion(tokens))
        {
            return true;
        }

        if (tokens.Length < 3 || tokens.Length > MaxQuestionTokens)
        {
            return false;
        }

        var emphasised = tokens[0].Text is "*" or "_";
        var last = tokens.Length - 1;
        while (emphasised && last > 0 && tokens[last].Text is "*" or "_")
        {
            last--;
        }

        return tokens[last].Text == "?" && (emphasised ? last < tokens.Length - 1 : SpeakerLabel(tokens) > 0);
    }

    /// <summary>The words of a speaker's label opening the paragraph ("Q:", "Ihor Terekhov:", "The Kyiv Independent:"), or 0.</summary>
    private static int SpeakerLabel(ReadOnlySpan<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Length && k < MaxLabelWords && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k++;
        }

        return k > 0 && k < tokens.Length && tokens[k].Text == ":" ? k : 0;
    }

    private const int MaxLabelWords = 4;

    /// <summary>A question under a speaker's label other than 'Q:', which its answers answer under labels too.</summary>
    private static bool IsNamedLabel(ReadOnlySpan<Token> question) => SpeakerLabel(question) > 0 && question[0].Text != "Q";

    private static bool InFirstPerson(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Text is "I" or "my" or "My" or "me" or "we" or "We" or "our" or "Our" or "I'm" or "I've" or "I'd")
            {
                return true;
            }
        }

        return false;
    }
}
