using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// The rows of a dated listing under the paragraph that names its source.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "…scheduled to be released in December, according to data from the tracking service Tokenomist. The biggest
    /// releases are listed below." over "Dec. 1: Sui (SUI). 44 million tokens, worth about $128 million, …" and "Dec. 5: …":
    /// a run of two or more paragraphs that each open on a date and a colon is a calendar, and its rows take the firm source
    /// the paragraph above the run gives in any of its sentences. Null for a paragraph that is no such row, a lone dated
    /// paragraph, or a calendar under a paragraph with no firm source.
    /// </summary>
    private Cue? DatedRowSource(SourceMap map, int p)
    {
        if (!OpensOnDateLabel(map.Paragraphs[p].Tokens))
        {
            return null;
        }

        var q = p - 1;
        while (q >= 0 && !map.Paragraphs[q].IsHeading && OpensOnDateLabel(map.Paragraphs[q].Tokens))
        {
            q--;
        }

        var run = q < p - 1 || (p + 1 < map.Paragraphs.Length && OpensOnDateLabel(map.Paragraphs[p + 1].Tokens));
        if (!run || q < 0 || map.Paragraphs[q].IsHeading)
        {
            return null;
        }

        var intro = map.Paragraphs[q];
        for (var s = 0; s < intro.Sentences.Count; s++)
        {
            if (intro.CueOf(s) is { Strength: CueStrength.Firm, IsGenericAgent: false } cue)
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>"Dec. 1:", "Sunday, Dec. 5:", "1 December:": a paragraph's label, a month and its day (after a weekday) before a colon.</summary>
    private bool OpensOnDateLabel(ReadOnlySpan<Token> t)
    {
        if (t.Length > 2 && t[0].Kind == TokenKind.Word && DateTokens.IsWeekday(t[0].Text) && t[1].Text == ",")
        {
            t = t[2..];
        }

        var month = t.Length > 3 && t[0].Kind == TokenKind.Word && _months.Contains(t[0].Text.TrimEnd('.')) ? 1 : -1;
        if (month > 0 && t[month].Text == ".")
        {
            month++;
        }

        if (month > 0)
        {
            return t.Length > month + 2 && DateTokens.IsDay(t[month]) && t[month + 1].Text == ":";
        }

        return t.Length > 3 && DateTokens.IsDay(t[0]) && t[1].Kind == TokenKind.Word && _months.Contains(t[1].Text) && t[2].Text == ":";
    }
}
