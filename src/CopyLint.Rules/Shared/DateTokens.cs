using CopyLint.Text;

namespace CopyLint.Rules.Shared;

/// <summary>The numbers of a written date: a day of the month ("7") and a year ("2025").</summary>
internal static class DateTokens
{
    public static bool IsDay(Token token) => token.Kind == TokenKind.Number && int.TryParse(token.Text, out var day) && day is >= 1 and <= 31;

    public static bool IsYear(Token token) => token.Kind == TokenKind.Number && token.Text.Length == 4 && !token.Text.AsSpan().ContainsAnyExceptInRange('0', '9');
}
