using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>CL4001: a weekday written with a date that falls on another day ("Tuesday, May 7, 2025").</summary>
public sealed class WeekdayMismatchAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL4001",
        "Weekday does not match date",
        "'{0}' names the wrong day: {1} falls on a {2}",
        RuleCategory.NumbersAndDates,
        Severity.Warning,
        "A weekday written with a date must be that date's: one of the two is wrong, and a reader cannot tell which. "
        + "A date is checked in the year written with it, or, with none, in the year of the story's own dated line when "
        + "it falls within two months of it; otherwise the year cannot be told and nothing is guessed, but weekdays of "
        + "dates that no one year can make true together are reported. No fix is offered: "
        + "the editor must find out whether the day or the date is the slip.")
    {
        Name = "weekday-date-mismatch",
        Summary = "A weekday written with a date that falls on another day.",
        Reports =
        [
            "A weekday before a date with its year, in either order of day and month: 'Tuesday, May 7, 2025', 'Tuesday 7 May 2025', 'Sunday the 14th of June 2025', and with the month abbreviated: 'Thursday, Nov. 4, 2026'.",
            "A weekday before a date with no year, read in the year that puts it nearest the story's own date (the first date with a year in the opening four paragraphs, not counting header lines that do not end as a sentence: a dateline, a byline's or a 'Published' line's) when that is within 60 days: 'Saturday, November 15' in a story dated 22 November 2026.",
            "A date whose year runs straight into a clause: 'concluded on Wednesday 19 November 2026 that the alarm had failed'.",
            "A date whose year runs straight into a preposition: 'published in full on Friday 16 July 2026 alongside an editor's note', '… during a heatwave' (also 'amid', 'despite', 'following').",
            "A weekday with its date in brackets after it, as Singaporean and Malaysian desks write it, with a part of the day or not: 'on Tuesday (Nov 23)', 'on Wednesday evening (Nov 25)'.",
            "A page's own ISO date among the opening lines as the story's date: 'date 2026-11-22' above 'the final round on Saturday, November 15'.",
            "With the `story-date` option, for copy written for today's paper, a date with no year in copy that gives no date of its own: 'story-date: today' reads a lone 'Tuesday, Nov. 25' in the year that puts it nearest the day of the run.",
            "Weekdays of dates with no year that cannot all be right in any one year, when the story gives no year: 'Monday (Nov 23)' then 'Wednesday (Nov 26)', three days later. The date fewer of the others agree with is reported, naming the other; when as many agree with each, as with two alone, both are.",
        ],
        LeftAlone =
        [
            "A date with no year when the opening paragraphs give no date with a year, or when it falls more than 60 days from that date, unless another weekday's date tells against it: the year a story means cannot then be told from the copy with certainty.",
            "Dates with no year more than 60 days apart, with a February 29 that may fall between them ('Monday, Feb 26' and 'Friday, March 1'), or in a sentence that names a year ('Last year's final was on Sunday, Nov 24'): they may be in different years.",
            "The ends of a range, whose weekday need not be the day's: 'Monday to Friday, May 5, 2025', 'Saturday, May 3 and 4, 2025'.",
            "A four-digit number before a counted noun, which is not a year: 'on Tuesday, May 6, 2000 people marched'.",
            "Years before 1800, when many calendars were still Julian.",
            "A date that does not exist ('Friday, April 31, 2026'): CL4002 reports it.",
        ],
    };

    /// <summary>
    /// How many opening paragraphs (headline, standfirst, byline, dateline) may give the story's date. Lines that do not
    /// end as a sentence does (a venue, a star rating, a byline) are not counted, so a review's header may be longer.
    /// </summary>
    private const int StoryDateParagraphs = 4;

    /// <summary>How many paragraphs of any kind the story's date is looked for in.</summary>
    private const int MostHeaderParagraphs = 8;

    /// <summary>How far from the story's date a date with no year is read in the story's year: farther, it may be any year's.</summary>
    private const int MostDaysFromStoryDate = 60;

    private readonly DateReader _dates;

    internal WeekdayMismatchAnalyzer(DateReader dates) => _dates = dates;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override IReadOnlyList<RuleOption> Options { get; } = [StoryDateOption.Option];

    public override void Analyze(AnalysisContext context)
    {
        var dates = _dates.Of(context);
        var paragraphs = ContentTokens.Of(context);
        var storyDate = StoryDate(dates, paragraphs) ?? StoryDateOption.From(context.OptionsFor(Descriptor));
        var yearless = new List<WrittenDate>();
        foreach (var date in dates)
        {
            if (date is not { Weekday: { } written, Exists: true, InRange: false })
            {
                continue;
            }

            if (YearOf(date, storyDate) is not { } year)
            {
                if (!(date is { Month: 2, Day: 29 }) && !NamesAYear(context, paragraphs, date))
                {
                    yearless.Add(date);
                }

                continue;
            }

            var actual = new DateOnly(year, date.Month, date.Day).DayOfWeek;
            if (actual != written)
            {
                var dateText = DateText(context, date);
                var withYear = date.HasYear ? dateText : $"{dateText}{(paragraphs[date.Paragraph][date.End].Kind == TokenKind.Number ? "," : "")} {year}";
                Report(context, date, withYear, actual);
            }
        }

        foreach (var (date, other, days) in YearlessWeekdays.Misfits(yearless))
        {
            var reckoning = $"{DateText(context, date)}, {Days(Math.Abs(days))} {(days > 0 ? "after" : "before")} {DayName(other.Weekday!.Value)}, {DateText(context, other)},";
            Report(context, date, reckoning, YearlessWeekdays.WeekdayAfter(other, days));
        }
    }

    private static void Report(AnalysisContext context, WrittenDate date, string reckoning, DayOfWeek actual)
    {
        var phrase = date.PhraseSpan(ContentTokens.Of(context));
        context.Report(Descriptor, phrase, context.Document.Text.Substring(phrase.Start, phrase.Length), reckoning, DayName(actual));
    }

    private static string DateText(AnalysisContext context, WrittenDate date)
    {
        var span = date.SpanFrom(ContentTokens.Of(context), date.DateStart);
        return context.Document.Text.Substring(span.Start, span.Length);
    }

    private static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";

    /// <summary>
    /// A sentence that names a year, or years, beside a date with none: "Last year's final was on Sunday, Nov 24" may be
    /// in another year than the story's other dates.
    /// </summary>
    private static bool NamesAYear(AnalysisContext context, ContentTokens paragraphs, WrittenDate date)
    {
        var sentence = context.Document.Paragraphs[date.Paragraph].SentenceAt(paragraphs[date.Paragraph][date.Start].Span.Start);
        foreach (var token in sentence?.Tokens ?? [])
        {
            if (DateTokens.IsYear(token) || IsYearWord(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"year", "years", "year's".</summary>
    private static bool IsYearWord(in Token token) =>
        token.Kind == TokenKind.Word && token.Text.StartsWith("year", StringComparison.OrdinalIgnoreCase)
        && token.Text.AsSpan(4) is "" or "s" or "'s" or "’s" or "s'" or "s’";

    /// <summary>
    /// The story's own date: the first date with its year in the opening paragraphs, where a dateline, a byline's date,
    /// a "Published" line or a page's ISO date ("date 2026-11-25") stands.
    /// </summary>
    private static DateOnly? StoryDate(IReadOnlyList<WrittenDate> dates, ContentTokens paragraphs)
    {
        var (next, sentences) = (0, 0);
        for (var p = 0; p < Math.Min(paragraphs.Count, MostHeaderParagraphs) && (p < StoryDateParagraphs || sentences < StoryDateParagraphs); p++)
        {
            WrittenDate? written = null;
            for (; next < dates.Count && dates[next].Paragraph <= p; next++)
            {
                written ??= dates[next] is { HasYear: true, Exists: true } date && date.Paragraph == p ? date : null;
            }

            var iso = IsoDateIn(paragraphs[p], p);
            if (written is not null || iso is not null)
            {
                var first = written is { } w && (iso is not { } i || w.Start < i.Start) ? w : iso!.Value;
                return new DateOnly(first.Year, first.Month, first.Day);
            }

            sentences += EndsAsASentence(paragraphs[p]) ? 1 : 0;
        }

        return null;
    }

    /// <summary>The first ISO date in a paragraph ("2026-11-25"), as scraped pages and feeds give their own.</summary>
    private static WrittenDate? IsoDateIn(ReadOnlySpan<Token> tokens, int paragraph)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Number, Text: { Length: 10 } text } && text[4] == '-' && text[7] == '-'
                && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && date.Year is >= 1800 and <= 2199)
            {
                return new WrittenDate(paragraph, k, k, k, null, date.Month, date.Day, date.Year, InRange: false);
            }
        }

        return null;
    }

    /// <summary>A paragraph whose last token closes a sentence: a full stop, a question or exclamation mark, or a closing quote.</summary>
    private static bool EndsAsASentence(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 0 && tokens[^1].Text is ['.' or '?' or '!' or '"' or '\u201D' or '\'' or '\u2019'];

    /// <summary>
    /// The date's year: as written, else the year that puts the day nearest the story's date, when that is within
    /// <see cref="MostDaysFromStoryDate"/> days ("Saturday, November 15" in a story dated 22 November 2026).
    /// </summary>
    private static int? YearOf(WrittenDate date, DateOnly? storyDate)
    {
        if (date.HasYear)
        {
            return date.Year;
        }

        if (storyDate is not { } reference)
        {
            return null;
        }

        foreach (var year in (ReadOnlySpan<int>)[reference.Year, reference.Year - 1, reference.Year + 1])
        {
            if (date.Day <= DateTime.DaysInMonth(year, date.Month)
                && Math.Abs(new DateOnly(year, date.Month, date.Day).DayNumber - reference.DayNumber) <= MostDaysFromStoryDate)
            {
                return year;
            }
        }

        return null;
    }
}
