using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Dates;

/// <summary>
/// A date written out in a paragraph: "Tuesday, May 7, 2025", "7 May", "Sunday the 14th of June 2025", "Nov. 3".
/// Indexes are into the paragraph's content tokens.
/// </summary>
/// <param name="Paragraph">The paragraph the date is in.</param>
/// <param name="Start">The first token: the weekday when one is written, else <paramref name="DateStart"/>.</param>
/// <param name="DateStart">The first token of the date itself: its month, or its day ("7 May", "the 14th of June").</param>
/// <param name="End">The last token: the year when one is written, else the day or the month.</param>
/// <param name="Weekday">The weekday written before the date, or null.</param>
/// <param name="Month">1 to 12.</param>
/// <param name="Day">1 to 31, as written: it may not exist in <paramref name="Month"/>.</param>
/// <param name="Year">The year written with the date, or 0.</param>
/// <param name="InRange">
/// The weekday or the day is one end of a range ("Monday to Friday, May 5", "Saturday, May 3 and 4"): the weekday
/// need not be the day's.
/// </param>
/// <param name="RangeYear">
/// For a date with no year of its own at the start of a range, the year the range's end date gives it ("from 29 February
/// to 4 March 2025"), or 0.
/// </param>
internal readonly record struct WrittenDate(int Paragraph, int Start, int DateStart, int End, DayOfWeek? Weekday, int Month, int Day, int Year, bool InRange, int RangeYear = 0)
{
    public bool HasYear => Year > 0;

    /// <summary>The year the date falls in, written with it or given by the end of its range; 0 for none.</summary>
    public int KnownYear => HasYear ? Year : RangeYear;

    /// <summary>Days in the month: 29 for a February with no year known, which may be a leap year's.</summary>
    public int DaysInMonth => Month == 2 && KnownYear == 0 ? 29 : DateTime.DaysInMonth(KnownYear > 0 ? KnownYear : 2000, Month);

    public bool Exists => Day <= DaysInMonth;

    /// <summary>Where the date is in the source, from token <paramref name="from"/> (<see cref="Start"/> or <see cref="DateStart"/>) to <see cref="End"/>.</summary>
    public TextSpan SpanFrom(ContentTokens paragraphs, int from)
    {
        var tokens = paragraphs[Paragraph];
        return TextSpan.FromBounds(tokens[from].Span.Start, tokens[End].Span.End);
    }

    /// <summary>Where the weekday and the date are in the source, with the closing bracket of "Monday (Nov 23)".</summary>
    public TextSpan PhraseSpan(ContentTokens paragraphs)
    {
        var tokens = paragraphs[Paragraph];
        var bracketed = Start < DateStart - 1 && tokens[DateStart - 1].Text is ['('] && End + 1 < tokens.Length && tokens[End + 1].Text is [')'];
        return TextSpan.FromBounds(tokens[Start].Span.Start, tokens[bracketed ? End + 1 : End].Span.End);
    }
}
