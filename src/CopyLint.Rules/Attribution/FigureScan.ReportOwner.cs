using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A story about a body's own report: the body's work, told below a lede that cites the report.
internal sealed partial class FigureScan
{
    /// <summary>How many words may stand between "according to" and the owner's possessive: "according to the latest Cleveland Fire Brigade's".</summary>
    private const int MaxWordsBeforeOwner = 5;

    private readonly WordSet _reportNouns = WordSet.From(data, "figure-report-nouns");

    /// <summary>
    /// "…, according to Cleveland Fire Brigade's annual report.": the head word of the body ("Brigade") whose own report
    /// (rules/lists/figure-report-nouns.txt, an adjective between allowed) the top of the story (its first two body
    /// paragraphs) cites after "according to", or null.
    /// </summary>
    private string? ReportOwner(SourceMap map, int lede)
    {
        // The top of the story: an unmarked headline may stand as the first body paragraph above the lede.
        for (var p = lede; p < map.Paragraphs.Length && p <= lede + 1; p++)
        {
            if (ReportOwnerIn(map.Paragraphs[p].Tokens) is { } owner)
            {
                return owner;
            }
        }

        return null;
    }

    private string? ReportOwnerIn(ReadOnlySpan<Token> t)
    {
        for (var k = 0; k + 3 < t.Length; k++)
        {
            if (!t[k].IsIgnoreCase("according") || !t[k + 1].IsIgnoreCase("to"))
            {
                continue;
            }

            for (var j = k + 2; j + 1 < t.Length && j <= k + 1 + MaxWordsBeforeOwner && t[j].Kind == TokenKind.Word; j++)
            {
                if (t[j].IsCapitalized && OwnerHead(t[j].Text) is { } head
                    && (IsReportNoun(t[j + 1]) || (j + 2 < t.Length && t[j + 1] is { Kind: TokenKind.Word, IsCapitalized: false } && IsReportNoun(t[j + 2]))))
                {
                    return head;
                }
            }
        }

        return null;
    }

    private bool IsReportNoun(Token token) => token.Kind == TokenKind.Word && _reportNouns.Contains(token.Text);

    /// <summary>"Brigade" of "Brigade's" or "Brigade’s"; null for a word with no possessive.</summary>
    private static string? OwnerHead(string word) =>
        word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2] : null;

    /// <summary>
    /// "The brigade carried out 11,240 Safe and Well visits during the year, fitting more than 6,000 smoke alarms": a
    /// sentence whose subject is "The" and the owner's head word (<see cref="ReportOwner"/>) tells the body's own work,
    /// which its report records. "The council carried out …" in the same story is someone else's.
    /// </summary>
    private static bool IsReportOwnersWork(string owner, ReadOnlySpan<Token> sentence) =>
        sentence.Length > 3 && sentence[0].Text == "The" && sentence[1].Kind == TokenKind.Word && sentence[1].IsIgnoreCase(owner)
        && sentence[2] is { Kind: TokenKind.Word, IsCapitalized: false };
}
