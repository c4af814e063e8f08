using System.Globalization;
using System.Runtime.CompilerServices;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// Background figures: a sentence that names a year well before the latest year the story names.
internal sealed partial class FigureScan
{
    private const int BackgroundYears = 3;

    /// <summary>
    /// The earliest and latest years the document names; read from the paragraphs' token arrays, which hold every non-trivia
    /// token. A page's date fields left by scraping ("Published : January 14, 2026 10:42 IST") date the page, not the story,
    /// and a debt's maturity ("a bond maturing in 2035", "notes due 2031") lies ahead of it: the latest year stands for the
    /// story's present, and "by 2030" must not read as history beside a bond that matures later.
    /// </summary>
    private (int Earliest, int Latest) YearRange(SourceMap map)
    {
        var (earliest, latest) = (0, 0);
        foreach (var paragraph in map.Paragraphs)
        {
            if (IsPageField(paragraph.Tokens))
            {
                continue;
            }

            var tokens = paragraph.Tokens;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (Year(tokens[k]) is > 0 and var year && !IsMaturity(tokens, k))
                {
                    earliest = earliest == 0 ? year : Math.Min(earliest, year);
                    latest = Math.Max(latest, year);
                }
            }
        }

        return (earliest, latest);
    }

    /// <summary>"maturing in 2035", "matures in 2035", "due 2031", "due in 2031": the year a debt falls due.</summary>
    private static bool IsMaturity(ReadOnlySpan<Token> tokens, int year)
    {
        var k = year - 1;
        if (k > 0 && tokens[k].IsIgnoreCase("in"))
        {
            k--;
        }

        return k >= 0 && tokens[k].Kind == TokenKind.Word && MaturityWords.Contains(tokens[k].Text);
    }

    private static readonly WordSet MaturityWords = new(["maturing", "matures", "mature", "due"]);

    /// <summary>
    /// "killed more than 4,300 people in Palu in 2018", "The earthquake of February 2010 … killed more than 500 people":
    /// below the lede of a story that names no other year (a breaking story rarely names its own), a past event dated
    /// with "in", or with "in" or "of" and a month, is background. "since 2023" and "since February 2023" are not: they run to now.
    /// </summary>
    private bool NamesYearAfterIn(ReadOnlySpan<Token> tokens)
    {
        for (var k = 1; k < tokens.Length; k++)
        {
            if (Year(tokens[k]) > 0)
            {
                var before = k - 1;
                var month = tokens[before].Kind == TokenKind.Word && _months.Contains(tokens[before].Text) && before > 0;
                before -= month ? 1 : 0;
                if (tokens[before].IsIgnoreCase("in") || (month && tokens[before].IsIgnoreCase("of") && !(before > 0 && PeriodBounds.Contains(tokens[before - 1].Text))))
                {
                    return true; // "in 2018", "in February 2010", "the earthquake of February 2010"; not "of 2023" nor "the end of May 2024"
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "The worst, … between 2018 and 2020, killed nearly 2,300 people": the later year of a closed span of years the
    /// sentence names ("between 2018 and 2020", "from 2018 to 2020"), else 0. A span dates a finished event; "since 2018" runs to now.
    /// </summary>
    private static int ClosedSpanEnd(ReadOnlySpan<Token> tokens)
    {
        for (var k = 1; k + 2 < tokens.Length; k++)
        {
            if (Year(tokens[k]) > 0 && Year(tokens[k + 2]) is > 0 and var end
                && ((tokens[k - 1].IsIgnoreCase("between") && tokens[k + 1].IsIgnoreCase("and")) || (tokens[k - 1].IsIgnoreCase("from") && tokens[k + 1].IsIgnoreCase("to"))))
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>Whether the paragraph names a year: a breaking story's lede rarely names its own.</summary>
    private static bool NamesYear(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (Year(token) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private readonly WordSet _months = WordSet.From(data, "months");

    /// <summary>
    /// A paragraph opening with a page field's label (rules/lists/metadata-keys.txt) and its date or time: "Updated:
    /// 2026-03-11 09:12", "Published : January 14, 2026". "Updated figures for 2026 show" is prose.
    /// </summary>
    private bool IsPageField(ReadOnlySpan<Token> tokens)
    {
        var k = 0;
        while (k < tokens.Length && k < MaxKeyWords && tokens[k].Kind == TokenKind.Word && (k == 0 ? _metadataKeyStarts : _metadataKeyWords).Contains(tokens[k].Text))
        {
            k++;
        }

        return k > 0 && k < tokens.Length && (tokens[k].Text == ":" || tokens[k].Kind == TokenKind.Number || _months.Contains(tokens[k].Text));
    }

    private const int MaxKeyWords = 2;

    private readonly WordSet _metadataKeyStarts = new(data.GetList("metadata-keys").Select(key => key.Split(' ')[0]));

    private readonly WordSet _metadataKeyWords = new(data.GetList("metadata-keys").SelectMany(key => key.Split(' ')));

    private static readonly WordSet PeriodBounds = new(["start", "end", "beginning", "middle", "close", "half", "quarter"]);

    /// <summary>
    /// The year that labels a timeline entry ("1938: Nazi mobs attack… Around 30,000 men are sent to camps."), which dates
    /// every sentence of the paragraph; 0 when the paragraph is not such an entry.
    /// </summary>
    private static int EntryYear(ReadOnlySpan<Token> tokens) =>
        tokens.Length > 2 && tokens[1].Text == ":" ? Year(tokens[0]) : 0;

    /// <summary>
    /// The earliest year the sentence names, or 0 when it names none; a decade counts only before token
    /// <paramref name="decadesBefore"/>, where it frames the figure ("In the 1990s the mill employed more than 2,000"),
    /// not after it, where it dates another clause ("Some 2 million Nigerians live there, and … settled in the 1990s").
    /// </summary>
    private static int EarliestYear(ReadOnlySpan<Token> tokens, int decadesBefore)
    {
        var earliest = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            var year = Year(token) is > 0 and var exact ? exact : k < decadesBefore ? Decade(token) : 0;
            if (year > 0 && (earliest == 0 || year < earliest))
            {
                earliest = year;
            }
        }

        return earliest;
    }

    /// <summary>
    /// The last year of a decade the sentence names ("the 1960s", "From the mid-1960s"), else 0: it dates the sentence
    /// as history only when the whole decade is past ("in the 2020s" is now), and never sets the latest year the story
    /// names ("by the 2030s" is a forecast).
    /// </summary>
    private static int Decade(Token token)
    {
        var text = token.Text;
        var start = text.Length - 5;
        return token.Kind is TokenKind.Number or TokenKind.Word && start >= 0 && text[^1] == 's' && text[^2] == '0'
            && (start == 0 || text[start - 1] == '-') && Year(text.Substring(start, 4)) is > 0 and var first ? first + 9 : 0;
    }

    /// <summary>
    /// A year such as 2004 (a bare four-digit number from 1800 to 2100), or the first of a span of years joined by a
    /// hyphen ("its worst outbreak in 2010-11", "the 2014-2016 epidemic"), else 0.
    /// </summary>
    /// <remarks>Inlined where every token is asked, so only a number costs a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Year(Token token) => token.Kind == TokenKind.Number ? Year(token.Text) : 0;

    private static int Year(string number) =>
        (number.Length == 4 || IsYearSpan(number)) && int.TryParse(number.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100 ? year : 0;

    /// <summary>"2010-11", "2014-2016": a span's end runs on from its start ("2026-03", a year and its month, does not).</summary>
    private static bool IsYearSpan(string number)
    {
        if (number.Length is not (7 or 9) || number[4] != '-')
        {
            return false;
        }

        var digits = number.Length - 5;
        return int.TryParse(number.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            && int.TryParse(number.AsSpan(4 - digits, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var start) && end > start;
    }
}
