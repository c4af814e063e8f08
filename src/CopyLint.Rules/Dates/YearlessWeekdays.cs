namespace CopyLint.Rules.Dates;

/// <summary>
/// Weekdays written with dates that have no year, checked against each other when the story gives no year to read
/// them in: "Monday (Nov 23)" and "Thursday (Nov 25)" cannot both be right in any year, since two days after a Monday
/// is a Wednesday.
/// </summary>
internal static class YearlessWeekdays
{
    /// <summary>How far apart two dates may be to be read in one year, or in a year and the next across its end.</summary>
    private const int MostDaysApart = 60;

    private const int DaysInYear = 365;

    /// <summary>February 28 in a year's days: a February 29 may follow it.</summary>
    private const int LastDayOfFebruary = 59;

    /// <summary>
    /// The dates whose weekday disagrees with another date's that more of the dates agree with, or as many (then nothing
    /// tells which of the two is the slip, and each is reported naming the other), each with that other date and how
    /// many days after it the date falls.
    /// </summary>
    /// <param name="dates">Dates with a weekday and no year, none of them February 29.</param>
    public static IEnumerable<(WrittenDate Date, WrittenDate Other, int Days)> Misfits(IReadOnlyList<WrittenDate> dates)
    {
        var agreeing = new int[dates.Count];
        for (var i = 0; i < dates.Count; i++)
        {
            for (var j = 0; j < dates.Count; j++)
            {
                agreeing[i] += DaysBetween(dates[j], dates[i]) is { } days && Agree(dates[j], dates[i], days) ? 1 : 0;
            }
        }

        for (var i = 0; i < dates.Count; i++)
        {
            var (other, daysAfter) = (-1, 0);
            for (var j = 0; j < dates.Count; j++)
            {
                if (DaysBetween(dates[j], dates[i]) is { } days && !Agree(dates[j], dates[i], days)
                    && agreeing[j] >= agreeing[i]
                    && (other < 0 || agreeing[j] > agreeing[other]))
                {
                    (other, daysAfter) = (j, days);
                }
            }

            if (other >= 0)
            {
                yield return (dates[i], dates[other], daysAfter);
            }
        }
    }

    /// <summary>The weekday <paramref name="days"/> after <paramref name="from"/>'s.</summary>
    public static DayOfWeek WeekdayAfter(WrittenDate from, int days) => (DayOfWeek)Modulo((int)from.Weekday!.Value + days, 7);

    /// <summary>
    /// The days from <paramref name="from"/> to <paramref name="to"/>, the same in every year; null when they may be in
    /// years far apart, or a February 29 may fall between them.
    /// </summary>
    private static int? DaysBetween(WrittenDate from, WrittenDate to)
    {
        var (a, b) = (DayOfYear(from), DayOfYear(to));
        var (low, high) = (Math.Min(a, b), Math.Max(a, b));
        if (high - low <= MostDaysApart)
        {
            return low <= LastDayOfFebruary && high > LastDayOfFebruary ? null : b - a;
        }

        // Across a year's end ("Tuesday, Dec 30" and "Friday, Jan 2"): the later is in January or February.
        if (DaysInYear - (high - low) <= MostDaysApart && low <= LastDayOfFebruary)
        {
            return a > b ? b + DaysInYear - a : -(a + DaysInYear - b);
        }

        return null;
    }

    private static bool Agree(WrittenDate from, WrittenDate to, int days) => WeekdayAfter(from, days) == to.Weekday;

    /// <summary>The date's day of a year with no February 29.</summary>
    private static int DayOfYear(WrittenDate date) => new DateOnly(2001, date.Month, date.Day).DayOfYear;

    private static int Modulo(int value, int divisor) => ((value % divisor) + divisor) % divisor;
}
