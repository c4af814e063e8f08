using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// A news release: the issuing organisation tells its own work.
internal sealed partial class FigureScan
{
    private const int ReleaseLabelParagraphs = 3;
    private const int MaxReleaseLabelWords = 6;

    /// <summary>
    /// "News release", "World Food Programme News Release": one of the first paragraphs is a short line closing on a
    /// release label, so the copy is the issuing organisation's own. The label's tokens (the issuer's name, if any,
    /// before "News release"), or null.
    /// </summary>
    private static Token[]? ReleaseLabel(SourceMap map)
    {
        for (var p = 0; p < map.Paragraphs.Length && p < ReleaseLabelParagraphs; p++)
        {
            var t = map.Paragraphs[p].Tokens;
            if (t.Length is >= 2 and <= MaxReleaseLabelWords && t[^2].Text is "News" or "news" or "Press" or "press" or "Media" or "media"
                && t[^1].IsIgnoreCase("release"))
            {
                return t[..^2].ToArray();
            }
        }

        return null;
    }

    /// <summary>
    /// In a news release, "Its medical team has performed more than 300 surgical procedures" or "WFP is providing food
    /// assistance to … more than 1 million children": a sentence whose subject is the issuer, as "Its", "Our" or "We",
    /// by the initials of the name on the label ("World Food Programme News Release" … "WFP"), or by the name of a body
    /// the release gives as a source elsewhere ("the ICRC said today", "according to WFP market monitoring data"), is the
    /// issuer's account of its own work. "About 40,000 families in Aden have sold their last assets" is not.
    /// </summary>
    private bool IsIssuersOwnWork(SourceMap map, Token[] label, ReadOnlySpan<Token> sentence)
    {
        if (sentence.Length < 2 || sentence[0].Kind != TokenKind.Word)
        {
            return false;
        }

        if (sentence[0].Text is "Its" or "Our" or "We")
        {
            return true;
        }

        var subject = sentence[0].Text == "The" ? sentence[1] : sentence[0];
        return subject is { Kind: TokenKind.Word, IsCapitalized: true } && subject.Text != "The"
            && (subject.Text == Initials(label) || IsCitedBody(map, subject.Text));
    }

    /// <summary>"WFP" of "World Food Programme": the first letters of the label's capitalised words, or null.</summary>
    private static string? Initials(Token[] label)
    {
        var initials = string.Concat(label.Where(t => t is { Kind: TokenKind.Word, IsCapitalized: true }).Select(t => t.Text[0]));
        return initials.Length >= 2 ? initials : null;
    }

    /// <summary>The release names <paramref name="body"/> before an attribution verb ("the ICRC said") or after "according to".</summary>
    private bool IsCitedBody(SourceMap map, string body)
    {
        foreach (var paragraph in map.Paragraphs)
        {
            var t = paragraph.Tokens;
            for (var k = 0; k < t.Length; k++)
            {
                if (t[k].Text == body
                    && ((k + 1 < t.Length && t[k + 1].Kind == TokenKind.Word && _attributionVerbs.Contains(t[k + 1].Text))
                        || (k >= 2 && t[k - 1].IsIgnoreCase("to") && t[k - 2].IsIgnoreCase("according"))))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
