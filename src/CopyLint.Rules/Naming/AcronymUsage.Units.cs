using System.Globalization;

namespace CopyLint.Rules.Naming;

internal static partial class AcronymUsage
{
    /// <summary>
    /// "sparkling wine at 12% ABV", "a 5.2 per cent ABV lager": capitals straight after a percentage say what it is a
    /// share of, a unit like "3.5 GW". A count is not enough: "Some 200 KFRA officials" is reported.
    /// </summary>
    public static bool IsUnitAfterPercent(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (!before.EndsWith(" "))
        {
            return false;
        }

        var figure = before[..^1];
        figure = figure.EndsWith("%") ? figure[..^1] : figure.EndsWith(" per cent") ? figure[..^9] : figure.EndsWith(" percent") ? figure[..^8] : [];
        return !figure.IsEmpty && char.IsAsciiDigit(figure[^1]);
    }

    /// <summary>
    /// "a record 8,647 MW", "a 2 GW plant", "1.3 million TEU", "2.1m TEU": a unit symbol (rules/lists/acronym-unit-symbols.txt)
    /// straight after a figure, its magnitude included. Only a listed symbol: "Some 200 KFRA officials" is reported.
    /// </summary>
    public static bool IsUnitAfterNumber(string text, Mention mention, IReadOnlySet<string> symbols)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (before.Length < 2 || before[^1] != ' ' || !symbols.Contains(mention.First.Text))
        {
            return false;
        }

        before = before[..^1];
        foreach (var magnitude in Magnitudes)
        {
            if (before.EndsWith(magnitude, StringComparison.Ordinal))
            {
                before = before[..^magnitude.Length];
                break;
            }
        }

        return before.Length > 0 && char.IsAsciiDigit(before[^1]);
    }

    /// <summary>
    /// "about GH¢300 a day", "HK$50", "TT$ 40": capitals fused to a currency sign before a figure are the sign's own letters
    /// (the Ghana cedi, the Hong Kong dollar), not a body to spell out. "The KFRA $5 fund", with a space, is reported.
    /// </summary>
    public static bool IsCurrencySignLetters(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End);
        if (mention.Possessive.Length > 0 || after.Length < 2 || CharUnicodeInfo.GetUnicodeCategory(after[0]) != UnicodeCategory.CurrencySymbol)
        {
            return false;
        }

        after = after[1..].TrimStart(' ');
        return after.Length > 0 && char.IsAsciiDigit(after[0]);
    }

    private static readonly string[] Magnitudes = [" million", " billion", " thousand", "bn", "m", "k"];

    /// <summary>
    /// "There is also an XLT from $71,990": a model or trim a buyer can have, with an article and a price, as "a Platinum
    /// from $85,990". Bodies take "the" and no price.
    /// </summary>
    public static bool IsPricedModel(string text, Mention mention)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (!(before.EndsWith(" a ") || before.EndsWith(" an ") || before.EndsWith(" A ") || before.EndsWith(" An ")))
        {
            return false;
        }

        var after = text.AsSpan(mention.Span.End);
        after = after.StartsWith(" from ") ? after[6..] : after.StartsWith(" at ") ? after[4..] : [];
        var symbol = after.IndexOfAnyExceptInRange('A', 'Z');
        return symbol is >= 0 and <= 3 && CharUnicodeInfo.GetUnicodeCategory(after[symbol]) == UnicodeCategory.CurrencySymbol
            && symbol + 1 < after.Length && char.IsAsciiDigit(after[symbol + 1]);
    }
}
