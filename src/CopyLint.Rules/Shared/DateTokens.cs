using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>The parts of a written date: a day of the month ("7"), a year ("2025") and a weekday's name ("Monday").</summary>
internal static class DateTokens
{
    public static bool IsDay(Token token) => token.Kind == TokenKind.Number && int.TryParse(token.Text, out var day) && day is >= 1 and <= 31;

    public static bool IsYear(Token token) => token.Kind == TokenKind.Number && token.Text.Length == 4 && !token.Text.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>"Monday", "sunday": a day of the week by its English name, in any case.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) => Weekdays.Contains(word);

    private static readonly WordSet Weekdays = new(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
}
