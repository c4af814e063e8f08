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

    /// <summary>
    /// "Armand Duplantis (SWE) 6.27m WR", "María Pérez (ESP) 2:56:50 WB": a record mark of a results line
    /// (rules/lists/acronym-record-marks.txt) straight after a time or a distance, a figure with a point or a colon and
    /// perhaps its unit letters. Only a listed mark, and only there: "a 6.27m KFRA bar" and "his third WR" are judged.
    /// </summary>
    public static bool IsRecordMark(string text, Mention mention, IReadOnlySet<string> marks)
    {
        var before = text.AsSpan(0, mention.Span.Start);
        if (before.Length < 4 || before[^1] != ' ' || !marks.Contains(mention.First.Text))
        {
            return false;
        }

        var figure = before[..^1].TrimEnd("mks");
        figure = figure[(figure.LastIndexOf(' ') + 1)..];
        return figure.Length > 2 && char.IsAsciiDigit(figure[^1]) && char.IsAsciiDigit(figure[0]) && figure.ContainsAny('.', ':');
    }

    /// <summary>
    /// "rated Baa1 by one agency and BBB+ by another", "rating BBB affirmed": a grade on a credit agency's scale (AAA to
    /// CCC), in a sentence with a word of rating (rules/lists/acronym-rating-words.txt); it stands for nothing. "The BBB"
    /// is a body ("complaints to the BBB"), judged as an acronym.
    /// </summary>
    public static bool IsRatingGrade(NamingModel model, Mention mention, Shared.WordSet ratingWords)
    {
        var letters = mention.First.Text;
        if (letters.Length is < 2 or > 3 || letters[0] is not ('A' or 'B' or 'C') || letters.AsSpan().ContainsAnyExcept(letters[0])
            || mention.Possessive.Length > 0 || mention.PreviousWord is "the" or "The")
        {
            return false;
        }

        var span = model.Document.Sentences[mention.SentenceIndex].Span;
        var sentence = model.Document.Text.AsSpan(span.Start, span.Length);
        foreach (var range in sentence.SplitAny(RatingWordEnds))
        {
            if (ratingWords.Contains(sentence[range]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> RatingWordEnds = System.Buffers.SearchValues.Create(" ,.;:()\n\"'‘’“”");

    /// <summary>
    /// "Crusaders 24 (…). HT: 17-7.", "FT: 2-1": capitals before a colon and a score label the score (half-time,
    /// full-time) in a results line, as "THE FACTS:" labels a paragraph.
    /// </summary>
    public static bool IsScoreLabel(string text, Mention mention)
    {
        var after = text.AsSpan(mention.Span.End);
        if (!after.StartsWith(": "))
        {
            return false;
        }

        after = after[2..];
        var digits = after.IndexOfAnyExceptInRange('0', '9');
        return digits is >= 1 and <= 3 && after[digits] is '-' or '–' && digits + 1 < after.Length && char.IsAsciiDigit(after[digits + 1]);
    }

    /// <summary>
    /// "the blood-booster EPO", "the banned stimulant DMAA", "the nerve agent VX": a substance named by its kind straight
    /// before it (rules/lists/acronym-substance-nouns.txt), as "chipmaker TSMC" names a company; the letters are a
    /// molecule's, not a body's to spell out. "the agency KFRA" is reported.
    /// </summary>
    public static bool IsDescribedSubstance(string text, Mention mention, IReadOnlySet<string> nouns) =>
        PrecedingWords(text, mention.Span.Start, 1) is [var noun] && nouns.Contains(noun);

    /// <summary>
    /// "PFOA and PFOS, two per- and polyfluoroalkyl substances", "limits for PFHxS, PFNA, GenX chemicals": a substance's
    /// letters in a list that a plural substance noun closes, or that a comma's apposition ends with one. "The KFRA and
    /// the PFNA, two regulators," is reported.
    /// </summary>
    public static bool IsSubstanceInList(string text, Mention mention, IReadOnlySet<string> nouns)
    {
        var rest = text.AsSpan(mention.Span.End);
        var items = 0;
        for (; items < 4; items++)
        {
            var separator = rest.StartsWith(", and ") ? 6 : rest.StartsWith(" and ") ? 5 : rest.StartsWith(", ") ? 2 : 0;
            var name = separator == 0 ? [] : rest[separator..];
            var length = name.IndexOfAny(WordEnds);
            if (length < 2 || !char.IsUpper(name[0]) || name[1..length].ContainsAnyExcept(IdentifierChars) || !name[1..length].ContainsAnyInRange('A', 'Z'))
            {
                break;
            }

            rest = name[length..];
        }

        // "GenX chemicals" closes the list; "ICE agents" alone is a body's people.
        if (items > 0 && rest.StartsWith(' '))
        {
            var word = rest[1..];
            var wordEnd = word.IndexOfAny(WordEnds);
            word = wordEnd < 0 ? word : word[..wordEnd];
            return word.Length > 3 && word[^1] == 's' && IsSubstanceNoun(word, nouns);
        }

        if (!rest.StartsWith(", "))
        {
            return false;
        }

        var apposition = rest[2..];
        var appositionEnd = apposition.IndexOfAny(ClauseEnds);
        apposition = (appositionEnd < 0 ? apposition : apposition[..appositionEnd]).TrimEnd(' ');
        return apposition.Count(' ') <= 6 && IsSubstanceNoun(apposition[(apposition.LastIndexOf(' ') + 1)..], nouns);
    }

    private static readonly System.Buffers.SearchValues<char> WordEnds = System.Buffers.SearchValues.Create(" ,.;:()\n");

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",.;:()\n");

    private static bool IsSubstanceNoun(ReadOnlySpan<char> word, IReadOnlySet<string> nouns) =>
        word.Length > 2 && (nouns.Contains(word.ToString()) || (word[^1] == 's' && nouns.Contains(word[..^1].ToString())));

    /// <summary>The letters and digits of a chemical's identifier ("PFHxS", "GenX", "PM2").</summary>
    private static readonly System.Buffers.SearchValues<char> IdentifierChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

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
