using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Dates;

/// <summary>CL4002: a date that does not exist ("April 31", "February 29, 2025").</summary>
public sealed class ImpossibleDateAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL4002",
        "Date does not exist",
        "'{0}' is not a date: {1} has {2} days",
        RuleCategory.NumbersAndDates,
        Severity.Warning,
        "A day past the end of its month ('April 31', 'June 31', 'February 30') is a slip of the day or the month. "
        + "No fix is offered: the editor must find out which is wrong.")
    {
        Name = "impossible-date",
        Summary = "A date that does not exist, such as April 31.",
        Reports =
        [
            "A day past the end of its month, in either order and with or without a weekday or year: 'April 31', '31 June 2026', 'Sept. 31', 'the 30th of February'.",
            "February 29 in a year that is not a leap year: 'February 29, 2025'.",
            "An accounting period's end, day first after 'to', 'ended' or 'ending': 'accounts for the year to 31 June 2025 showed a loss'.",
            "February 29 at the start of a range whose end date gives a year that is not a leap year: 'ran from 29 February to 4 March 2025' (but 'from 29 February to 4 March' with no year is left alone, and a range from December into January takes no year from its end).",
        ],
        LeftAlone =
        [
            "February 29 with no year, which may be a leap year's.",
            "A number before a month name with nothing to make it a day, which may be a count or an age: 'aged 31 June Smith' (but 'on 31 June' and '31st June' are read as dates).",
        ],
    };

    private readonly DateReader _dates;

    internal ImpossibleDateAnalyzer(DateReader dates) => _dates = dates;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var date in _dates.Of(context))
        {
            if (date.Exists)
            {
                continue;
            }

            var span = date.SpanFrom(ContentTokens.Of(context), date.DateStart);
            var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);
            var monthOf = date is { Month: 2, KnownYear: > 0 } ? $"{month} {date.KnownYear}" : month;
            context.Report(Descriptor, span, context.Document.Text.Substring(span.Start, span.Length), monthOf, date.DaysInMonth);
        }
    }
}
