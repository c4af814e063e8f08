using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>
/// Reads the dates written out in a document (<see cref="WrittenDate"/>), once per document for every date rule: a
/// month name with a day ("May 7", "Nov. 3", "7 May", "the 14th of June"), then an optional year and a weekday before.
/// </summary>
internal sealed class DateReader
{
    /// <summary>Years read as years: a four-digit number outside them is a count ("May 7, 1500 people"), and before 1800 the calendar may be Julian.</summary>
    private const int FirstYear = 1800;
    private const int LastYear = 2199;

    private static readonly DateTimeFormatInfo English = CultureInfo.InvariantCulture.DateTimeFormat;

    /// <summary>Month names and abbreviations ("Nov", "Sept") with the month's number.</summary>
    private readonly WordTable<int> _months = new(
        [
            .. Enumerable.Range(1, 12).Select(m => KeyValuePair.Create(English.GetMonthName(m), m)),
            .. Enumerable.Range(1, 12).Select(m => KeyValuePair.Create(English.GetAbbreviatedMonthName(m), m)),
            KeyValuePair.Create("Sept", 9),
        ],
        (first, _) => first);

    private readonly WordTable<DayOfWeek> _weekdays = new(Enum.GetValues<DayOfWeek>().Select(d => KeyValuePair.Create(English.GetDayName(d), d)), (first, _) => first);

    /// <summary>The document's written dates, paragraph by paragraph, read the first time a rule asks.</summary>
    public IReadOnlyList<WrittenDate> Of(AnalysisContext context) =>
        context.GetShared(this, (Reader: this, Context: context), static (_, state) => state.Reader.Read(ContentTokens.Of(state.Context)));

    private List<WrittenDate> Read(ContentTokens paragraphs)
    {
        var dates = new List<WrittenDate>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var tokens = paragraphs[p];
            for (var m = 0; m < tokens.Length; m++)
            {
                if (tokens[m] is { Kind: TokenKind.Word, IsCapitalized: true, Text.Length: >= 3 and <= 9 } && _months.TryGetValue(tokens[m].Text, out var month)
                    && ReadAt(tokens, p, m, month) is { } date)
                {
                    dates.Add(date);
                }
            }
        }

        return dates;
    }

    /// <summary>The date around the month name at <paramref name="m"/>, or null when no day stands beside it.</summary>
    private WrittenDate? ReadAt(ReadOnlySpan<Token> tokens, int paragraph, int m, int month)
    {
        // "Nov. 3": an abbreviation's full stop.
        var monthEnd = m + 1 < tokens.Length && tokens[m + 1].Text is ['.'] && tokens[m].Text.Length < English.GetMonthName(month).Length ? m + 1 : m;
        int dateStart, dayAt, last;
        bool dayFirst;
        if (monthEnd + 1 < tokens.Length && Day(tokens[monthEnd + 1]) > 0)
        {
            (dateStart, dayAt, last, dayFirst) = (m, monthEnd + 1, monthEnd + 1, false); // "May 7"
        }
        else
        {
            dayAt = m >= 2 && tokens[m - 1].Is("of") ? m - 2 : m - 1; // "7 May", "the 14th of June"
            if (dayAt < 0 || Day(tokens[dayAt]) == 0)
            {
                return null;
            }

            dateStart = dayAt >= 1 && tokens[dayAt - 1].IsIgnoreCase("the") ? dayAt - 1 : dayAt;
            (last, dayFirst) = (monthEnd, true);
        }

        var year = 0;
        var y = last + 1 < tokens.Length && tokens[last + 1].Text is [','] ? last + 2 : last + 1;
        if (y < tokens.Length && DateTokens.IsYear(tokens[y]) && int.Parse(tokens[y].Text, CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear
            && !(y + 1 < tokens.Length && IsCountedNoun(tokens[y + 1])))
        {
            (year, last) = (int.Parse(tokens[y].Text, CultureInfo.InvariantCulture), y);
        }

        var w = WeekdayBefore(tokens, dateStart, last);
        DayOfWeek? weekday = w >= 0 && tokens[w] is { Kind: TokenKind.Word, IsCapitalized: true } && _weekdays.TryGetValue(tokens[w].Text, out var named) ? named : null;
        var start = weekday is null ? dateStart : w;

        // A number before a month name is a day when something says so: "aged 31 June" is not a date, "on 31 June" is.
        if (dayFirst && weekday is null && year == 0 && !IsOrdinal(tokens[dayAt]) && !(dateStart >= 1 && IsDatePreposition(tokens[dateStart - 1])))
        {
            return null;
        }

        var inRange = (weekday is not null && w >= 2 && IsRangeJoin(tokens[w - 1]) && _weekdays.Contains(tokens[w - 2].Text))
            || (dayFirst
                ? dayAt >= 2 && IsRangeJoin(tokens[dayAt - 1]) && tokens[dayAt - 2].Kind == TokenKind.Number
                : dayAt + 2 < tokens.Length && IsRangeJoin(tokens[dayAt + 1]) && tokens[dayAt + 2].Kind == TokenKind.Number);
        return new WrittenDate(paragraph, start, dateStart, last, weekday, month, Day(tokens[dayAt]), year, inRange, year == 0 ? RangeEndYear(tokens, last, month) : 0);
    }

    /// <summary>
    /// "from 29 February to 4 March 2025", "February 29 through March 4, 2025": the year of the date that ends a range
    /// straight after a date with no year, when the range's end month is not earlier than its start month (from December to
    /// January the range crosses into the end's year); 0 for none.
    /// </summary>
    private int RangeEndYear(ReadOnlySpan<Token> tokens, int last, int month)
    {
        var k = last + 1;
        if (k + 3 >= tokens.Length || !IsRangeJoin(tokens[k]))
        {
            return 0;
        }

        k++;
        int endMonth;
        if (Day(tokens[k]) > 0 && tokens[k + 1].Kind == TokenKind.Word && _months.TryGetValue(tokens[k + 1].Text, out endMonth))
        {
            k += 2; // "4 March 2025"
        }
        else if (tokens[k].Kind == TokenKind.Word && _months.TryGetValue(tokens[k].Text, out endMonth) && Day(tokens[k + 1]) > 0)
        {
            k += k + 2 < tokens.Length && tokens[k + 2].Text is [','] ? 3 : 2; // "March 4, 2025"
        }
        else
        {
            return 0;
        }

        return k < tokens.Length && endMonth >= month && DateTokens.IsYear(tokens[k])
            && int.Parse(tokens[k].Text, CultureInfo.InvariantCulture) is >= FirstYear and <= LastYear and var endYear
            ? endYear
            : 0;
    }

    /// <summary>
    /// Where a weekday written before the date would stand: "Monday, May 7", "Monday 7 May", and in brackets after it,
    /// with a part of the day or not, as Singaporean and Malaysian desks write it: "on Monday (Nov 23)", "on Wednesday
    /// evening (Nov 25)".
    /// </summary>
    private static int WeekdayBefore(ReadOnlySpan<Token> tokens, int dateStart, int last)
    {
        if (dateStart >= 2 && tokens[dateStart - 1].Text is ['('] && last + 1 < tokens.Length && tokens[last + 1].Text is [')'])
        {
            return IsPartOfDay(tokens[dateStart - 2]) ? dateStart - 3 : dateStart - 2;
        }

        return dateStart >= 1 && tokens[dateStart - 1].Text is [','] ? dateStart - 2 : dateStart - 1;
    }

    private static bool IsPartOfDay(in Token token) =>
        token.Kind == TokenKind.Word && IsOneOf(token.Text, "morning", "afternoon", "evening", "night");

    /// <summary>The day of a number such as "7" or "14th", or 0.</summary>
    private static int Day(in Token token)
    {
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }

        var text = token.Text.AsSpan();
        var digits = IsOrdinal(token) ? text[..^2] : text;
        return digits.Length is 1 or 2 && !digits.ContainsAnyExceptInRange('0', '9') && int.Parse(digits, CultureInfo.InvariantCulture) is var day and >= 1 and <= 31 ? day : 0;
    }

    private static bool IsOrdinal(in Token token) => token.Kind == TokenKind.Number && token.Text.Length >= 3 && token.Text.AsSpan()[^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>"May 6, 2000 people": a lower-case word after the number that is not a word a date can run into.</summary>
    private static bool IsCountedNoun(in Token token) =>
        token is { Kind: TokenKind.Word, IsCapitalized: false }
        && !IsOneOf(token.Text, "at", "in", "on", "and", "or", "but", "the", "when", "as", "from", "to", "until", "after", "before", "for", "with", "by", "was", "is", "will", "had", "has", "that", "which", "where", "while",
            "alongside", "during", "amid", "despite", "following");

    /// <summary>"on 31 June", and an accounting period's end: "accounts for the year to 31 June", "the year ended 31 March".</summary>
    private static bool IsDatePreposition(in Token token) =>
        token.Kind == TokenKind.Word && IsOneOf(token.Text, "on", "from", "until", "till", "by", "since", "before", "after", "of", "to", "ended", "ending");

    /// <summary>What joins a range's two ends: "Monday to Friday", "May 3 and 4", "May 5 – 9".</summary>
    private static bool IsRangeJoin(in Token token) =>
        token.Kind == TokenKind.Dash || (token.Kind == TokenKind.Word && IsOneOf(token.Text, "to", "and", "or", "through", "thru", "until", "till")) || token.Text is ['&'];

    private static bool IsOneOf(string word, params ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (string.Equals(word, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
