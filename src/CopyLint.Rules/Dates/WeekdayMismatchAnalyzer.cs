using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Dates;

/// <summary>CL4001: a weekday written with a full date that falls on another day ("Tuesday, May 7, 2025").</summary>
public sealed class WeekdayMismatchAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL4001",
        "Weekday does not match date",
        "'{0}' names the wrong day: {1} falls on a {2}",
        RuleCategory.NumbersAndDates,
        Severity.Warning,
        "A weekday written with a date must be that date's: one of the two is wrong, and a reader cannot tell which. "
        + "Only a date with its year is checked, so the calendar decides and nothing is guessed. No fix is offered: "
        + "the editor must find out whether the day or the date is the slip.")
    {
        Name = "weekday-date-mismatch",
        Summary = "A weekday written with a full date that falls on another day.",
        Reports =
        [
            "A weekday before a date with its year, in either order of day and month: 'Tuesday, May 7, 2025', 'Tuesday 7 May 2025', 'Sunday the 14th of June 2025', and with the month abbreviated: 'Thursday, Nov. 4, 2026'.",
        ],
        LeftAlone =
        [
            "A date with no year ('Tuesday, May 7'): the year a story means cannot be told from the copy with certainty.",
            "The ends of a range, whose weekday need not be the day's: 'Monday to Friday, May 5, 2025', 'Saturday, May 3 and 4, 2025'.",
            "A four-digit number before a counted noun, which is not a year: 'on Tuesday, May 6, 2000 people marched'.",
            "Years before 1800, when many calendars were still Julian.",
            "A date that does not exist ('Friday, April 31, 2026'): CL4002 reports it.",
        ],
    };

    private readonly DateReader _dates;

    internal WeekdayMismatchAnalyzer(DateReader dates) => _dates = dates;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var date in _dates.Of(context))
        {
            if (date is not { Weekday: { } written, HasYear: true, Exists: true, InRange: false })
            {
                continue;
            }

            var actual = new DateOnly(date.Year, date.Month, date.Day).DayOfWeek;
            if (actual != written)
            {
                var (paragraphs, text) = (ContentTokens.Of(context), context.Document.Text);
                var (phrase, dateOnly) = (date.SpanFrom(paragraphs, date.Start), date.SpanFrom(paragraphs, date.DateStart));
                context.Report(Descriptor, phrase, text.Substring(phrase.Start, phrase.Length), text.Substring(dateOnly.Start, dateOnly.Length), CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(actual));
            }
        }
    }
}
