using System.Globalization;
using CopyLint.Engine;

namespace CopyLint.Rules.Dates;

/// <summary>
/// CL4001's <c>story-date</c> option: the date a date with no year is read against when the copy gives none of its own.
/// Off by default, since archived copy would be read against the wrong year; "today" suits a pre-publish check of copy
/// written for today's paper.
/// </summary>
internal static class StoryDateOption
{
    public const string None = "none";

    public const string Today = "today";

    public static RuleOption Option { get; } = new(
        "story-date",
        "The date a weekday's date with no year is read against when the copy gives no date of its own; 'today' is the day of the run, for copy written for today's paper.",
        None)
    {
        Accepts = value => value is None or Today || TryParse(value, out _),
        Expected = "none, today or a date such as 2026-11-25",
    };

    /// <summary>The configured story date, or null when it is "none".</summary>
    public static DateOnly? From(RuleOptions options) =>
        options.GetString(Option.Name, None) switch
        {
            Today => DateOnly.FromDateTime(DateTime.Now),
            var value when TryParse(value, out var date) => date,
            _ => null,
        };

    private static bool TryParse(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
