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
    /// paragraphs) cites after "according to"; else the body the lede opens on, when the paragraph below has it speak
    /// (<see cref="LedeBodyOwner"/>); else null.
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

        return LedeBodyOwner(map, lede);
    }

    /// <summary>
    /// "Shropshire Council will fell about 3,000 ash trees …" above "The council said the trees were a risk …": the head word
    /// of the named body a lede opens on, when the paragraph below has it speak (<see cref="SubjectSourcedBelow"/>): the
    /// story is that body's own account of its work, as a report's is. Null otherwise.
    /// </summary>
    private string? LedeBodyOwner(SourceMap map, int lede)
    {
        if (lede >= map.Paragraphs.Length || map.Paragraphs[lede].IsHeading || map.Paragraphs[lede].Sentences.Count == 0)
        {
            return null;
        }

        var paragraph = map.Paragraphs[lede];
        var (offset, length) = paragraph.Sentences[0].GetOffsetAndLength(paragraph.Tokens.Length);
        var sentence = paragraph.Tokens.Slice(offset, length);
        return SubjectSourcedBelow(map, lede + 1, sentence) is not null ? LedeSubjectHead(sentence)?.Head : null;
    }

    /// <summary>
    /// "fell" of "Shropshire Council will fell about 3,000 ash trees": the verb in lower case straight after the name of the
    /// body a lede opens on (<see cref="LedeBodyOwner"/>), an auxiliary between allowed; null when there is none.
    /// </summary>
    private string? LedeBodyAct(SourceMap map, int lede)
    {
        if (LedeBodyOwner(map, lede) is null)
        {
            return null;
        }

        var paragraph = map.Paragraphs[lede];
        var (offset, length) = paragraph.Sentences[0].GetOffsetAndLength(paragraph.Tokens.Length);
        var t = paragraph.Tokens.Slice(offset, length);
        var k = DatelineEnd(t);
        k += k < t.Length && t[k].IsIgnoreCase("the") ? 1 : 0;
        while (k < t.Length && t[k].Kind == TokenKind.Word && char.IsUpper(t[k].Text[0]))
        {
            k++;
        }

        k += k < t.Length && t[k].Kind == TokenKind.Word && ActAuxiliaries.Contains(t[k].Text) ? 1 : 0;
        return k < t.Length && t[k] is { Kind: TokenKind.Word, IsCapitalized: false } verb && verb.Text.Length >= MinimumActLength ? verb.Text : null;
    }

    private static readonly WordSet ActAuxiliaries = new(["will", "is", "are", "has", "have", "plans", "intends"]);

    /// <summary>
    /// "The felling will cost about £1.4 million.": a sentence whose subject is "The" and the lede's act (<see cref="LedeBodyAct"/>)
    /// as a noun in "-ing" tells the cost or the size of the body's own plan. "The clean-up will cost …" names another act.
    /// </summary>
    private static bool IsOwnersAct(string? act, ReadOnlySpan<Token> sentence)
    {
        if (act is null || sentence.Length < 3 || sentence[0].Text != "The" || sentence[1] is not { Kind: TokenKind.Word, IsCapitalized: false } noun
            || sentence[2] is not { Kind: TokenKind.Word, IsCapitalized: false })
        {
            return false;
        }

        var stem = act.EndsWith('e') ? act[..^1] : act;
        return noun.Text.EndsWith("ing", StringComparison.Ordinal) && noun.Text.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
            && noun.Text.Length - stem.Length is >= 3 and <= 4;
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
