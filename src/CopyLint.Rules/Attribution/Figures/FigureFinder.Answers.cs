using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>Words after or beside a figure that belong to something else than what it counts.</summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "41% said housing and 19% said the cost of living", "22 per cent of voters named the economy": a share that is the
    /// subject of a verb of answering gives a poll's answer, and the words after the verb are the answer, not what the share
    /// counts or costs ("the cost of living rose 19%" is read as before).
    /// </summary>
    private static bool IsPollAnswer(ReadOnlySpan<Token> t, int end)
    {
        if (!IsShareEnd(t[end]))
        {
            return false;
        }

        var k = end + 1;
        if (IsWord(t, k, "of"))
        {
            // "of respondents", "of those polled", "of Labour voters"
            var verb = k + 1;
            while (verb < t.Length && verb <= k + MaxAnswerersWords && t[verb].Kind == TokenKind.Word && !AnswerVerbs.Contains(t[verb].Text))
            {
                verb++;
            }

            k = verb;
        }

        return k < t.Length && t[k].Kind == TokenKind.Word && AnswerVerbs.Contains(t[k].Text);
    }

    private const int MaxAnswerersWords = 3;

    private static bool IsShareEnd(Token token) =>
        token.Text.EndsWith('%') || token.IsIgnoreCase("percent") || token.IsIgnoreCase("cent") || token.IsIgnoreCase("pc");

    private static readonly WordSet AnswerVerbs = new(["said", "say", "says", "named", "chose", "picked", "cited", "answered", "mentioned"]);

    /// <summary>
    /// "There were 291,000 births registered in the year, and 174,000 deaths": deaths counted beside births in one sentence are
    /// a population's vital statistics, a record, not a toll ("174,000 deaths" alone stays a claim).
    /// </summary>
    private static bool IsVitalCount(ReadOnlySpan<Token> t, int word)
    {
        if (!t[word].IsIgnoreCase("deaths"))
        {
            return false;
        }

        foreach (var token in t)
        {
            if (token.Kind == TokenKind.Word && token.IsIgnoreCase("births"))
            {
                return true;
            }
        }

        return false;
    }
}
