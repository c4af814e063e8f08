using CopyLint.Text;

namespace CopyLint.Rules.Typography;

/// <summary>
/// A dateline read from a line's content tokens: a place of capitalised words ("LONDON", "KUALA LUMPUR", "Oslo"), an
/// optional region ("KYIV, Ukraine", "SEOUL, South Korea", "AUSTIN, Texas."), an optional date ("LONDON, May 7",
/// "BEIJING, Nov. 3"), an optional agency in brackets ("(Reuters)", "(dpa)", "(The Canadian Press)") or a dated stamp
/// ("Law360 (October 2, 2025, 7:15 PM EDT)"), then the
/// separator that ends it: a dash of any length or a comma. Indexes are into the tokens read.
/// </summary>
/// <param name="Start">The first word of the place.</param>
/// <param name="Region">The region's first word, or -1.</param>
/// <param name="LocationEnd">The token after the last word of the place or region: what two copies of a dateline must share.</param>
/// <param name="Date">The date's month, or -1.</param>
/// <param name="Separator">The dash or comma that ends the dateline.</param>
/// <param name="HasAgency">True when an agency stands in brackets before the separator.</param>
internal readonly record struct Dateline(int Start, int Region, int LocationEnd, int Date, int Separator, bool HasAgency)
{
    private const int MaxPlaceWords = 4;
    private const int MaxRegionWords = 3;
    private const int MaxAgencyWords = 3;

    public bool HasDate => Date >= 0;

    public bool HasRegion => Region >= 0;

    /// <summary>A region, date or agency: a line opening "Paris — " in title case may be prose, one opening "Paris, France — " is not.</summary>
    public bool HasMore => HasRegion || HasDate || HasAgency;

    /// <summary>The dateline at <paramref name="at"/> in <paramref name="tokens"/> (content only), or null when none starts there.</summary>
    public static Dateline? Read(ArraySegment<Token> tokens, int at)
    {
        var k = Words(tokens, at, MaxPlaceWords);
        if (k == at || tokens[at].Text.Length < 2)
        {
            return null;
        }

        var (region, date) = (-1, -1);
        if (IsComma(tokens, k) && !IsDate(tokens, k + 1) && Words(tokens, k + 1, MaxRegionWords) is var regionEnd && regionEnd > k + 1)
        {
            region = k + 1;
            k = regionEnd;
        }

        var locationEnd = k;
        k = region >= 0 ? FullStop(tokens, k) : k;
        if (IsComma(tokens, k) && IsDate(tokens, k + 1))
        {
            date = k + 1;
            k = FullStop(tokens, date + 1) + 1;
        }

        var agencyEnd = Agency(tokens, k);
        var hasAgency = agencyEnd > k;
        date = date < 0 && hasAgency && IsDate(tokens, k + 1) ? k + 1 : date; // a dated stamp's date: "(October 2, 2025, …)"
        k = agencyEnd;
        return k < tokens.Count && (tokens[k].Kind == TokenKind.Dash || tokens[k].Text is [','])
            ? new Dateline(at, region, locationEnd, date, k, hasAgency)
            : null;
    }

    /// <summary>The place and region of this dateline are <paramref name="other"/>'s, ignoring case.</summary>
    public bool SameLocation(ArraySegment<Token> tokens, Dateline other) =>
        SameWords(tokens, Start, LocationEnd, other.Start, other.LocationEnd);

    /// <summary>The same month and day as <paramref name="other"/>'s, or either has no date.</summary>
    public bool SameDate(ArraySegment<Token> tokens, Dateline other) =>
        !HasDate || !other.HasDate
        || (tokens[Date].IsIgnoreCase(tokens[other.Date].Text) && tokens[FullStop(tokens, Date + 1)].Is(tokens[FullStop(tokens, other.Date + 1)].Text));

    /// <summary>True when the tokens from <paramref name="first"/> to <paramref name="firstEnd"/> are those from <paramref name="second"/> to <paramref name="secondEnd"/>, ignoring case.</summary>
    public static bool SameWords(ArraySegment<Token> tokens, int first, int firstEnd, int second, int secondEnd)
    {
        if (firstEnd - first != secondEnd - second)
        {
            return false;
        }

        for (var k = 0; k < firstEnd - first; k++)
        {
            if (!tokens[first + k].IsIgnoreCase(tokens[second + k].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a run of up to <paramref name="max"/> capitalised words from <paramref name="at"/> ends.</summary>
    private static int Words(ArraySegment<Token> tokens, int at, int max)
    {
        var k = at;
        while (k < tokens.Count && k - at < max && tokens[k] is { Kind: TokenKind.Word, IsCapitalized: true })
        {
            k++;
        }

        return k;
    }

    /// <summary>"May 7", "Nov. 3": a capitalised word, an optional full stop and a day.</summary>
    private static bool IsDate(ArraySegment<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at] is not { Kind: TokenKind.Word, IsCapitalized: true })
        {
            return false;
        }

        var day = FullStop(tokens, at + 1);
        return day < tokens.Count && tokens[day] is { Kind: TokenKind.Number, Text.Length: <= 2 } && char.IsAsciiDigit(tokens[day].Text[0]);
    }

    /// <summary>The token after an abbreviation's full stop at <paramref name="at"/> ("Calif.", "Nov."), or <paramref name="at"/>.</summary>
    private static int FullStop(ArraySegment<Token> tokens, int at) => at < tokens.Count && tokens[at].Text is ['.'] ? at + 1 : at;

    /// <summary>
    /// The token after an agency in brackets at <paramref name="at"/>: one word ("(Reuters)", "(dpa)") or up to three
    /// capitalised ones ("(The Canadian Press)"), not an aside ("NATO (the alliance)"); <paramref name="at"/> when none.
    /// </summary>
    private static int Agency(ArraySegment<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Text is not ['('])
        {
            return at;
        }

        var close = at + 1;
        while (close < tokens.Count && close - at <= MaxAgencyWords && tokens[close].Kind == TokenKind.Word)
        {
            close++;
        }

        var words = close - at - 1;
        var agency = close < tokens.Count && tokens[close].Text is [')']
            && (words == 1 || (words > 1 && Words(tokens, at + 1, words) == close));
        return agency ? close + 1 : DateStamp(tokens, at);
    }

    private const int MaxStampTokens = 12;

    /// <summary>
    /// "Law360 (October 2, 2025, 7:15 PM EDT) --": a date and time in brackets where a wire names its agency; the token
    /// after the bracket, or <paramref name="at"/> when none.
    /// </summary>
    private static int DateStamp(ArraySegment<Token> tokens, int at)
    {
        if (!IsDate(tokens, at + 1))
        {
            return at;
        }

        for (var close = at + 2; close < tokens.Count && close - at <= MaxStampTokens && tokens[close].Text is not ['(']; close++)
        {
            if (tokens[close].Text is [')'])
            {
                return close + 1;
            }
        }

        return at;
    }

    private static bool IsComma(ArraySegment<Token> tokens, int at) => at < tokens.Count && tokens[at].Text is [','];
}
