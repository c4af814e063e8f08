using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CopyLint.Engine;
using CopyLint.Engine.Packs;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>CL1005: page metadata left in the copy by a scrape, " date 2025-05-07 North Korean leader…".</summary>
public sealed partial class ScrapedMetadataAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL1005",
        "Scraped metadata",
        "'{0}' is page metadata, not copy",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A web page's metadata fields came along with the copy. A field is a label from rules/lists/metadata-keys.txt "
        + "followed directly by a date or time. Fix: delete the fields (the whole line when nothing else is on it).")
    {
        Name = "scraped-metadata",
        Summary = "A web page's metadata fields came along with the copy.",
        Reports =
        [
            "A line made only of such fields: \"date 2025-05-07\", \"Published: 10:32 BST, 7 May 2025 | Updated: 11:05 BST, 7 May 2025\", \"Updated 3 hours ago\".",
            "More such lines: \"By Staff Reporters | Updated 2 hours ago\", \"date 2026-03-14 | category: weather\", \"Published: Tuesday | March 9, 2027 | 12:07 AM\", \"Published: 12.03.2027 09:14\".",
            "A line of fields a byline may lead: \"Dana Whitcombe · CBC News · Posted: Nov 26, 2026 9:00 AM ET\".",
            "A line of fields with a reading time that may stand among them: \"Updated 26 Nov 2026, 6:14am AEDT · 3 min read\".",
            "A line of fields whose first stamp goes without its label: \"Nov. 12, 2025, 3:04 PM EST | Updated: Nov. 12, 2025, 5:30 PM EST\".",
            "A byline that may run into the date, with the time after a bullet: \"By Telegraph Obituaries 14 November 2025 • 6:00pm\".",
            "A date and time without a label before a reading time: \"Aug 1, 2025 | 10:45 PM | 4 min read\".",
            "Other fields after a timestamp: \"08/06/2025 - 15:42 | Tags: MotoGP, Ducati\".",
            "A line that is only a timestamp without a label but with a date, its year and a clock time with its zone or after a dash: \"Sat 7 Jun 2025 06.00 BST\", \"November 10, 2026 — 5.00am\", \"Stabroek News | March 12, 2027 - 5:00 am\".",
            "Such a timestamp after a byline: \"TNN | Nov 18, 2026, 04.12 AM IST\".",
            "A numeric date in the European order with a clock time: \"24.11.2026 10:44\".",
            "A timestamp line that ends on the story's comment count instead of a zone: \"November 20, 2026 02:14 PM 0\".",
            "Fields glued to the start of the first line of copy.",
            "An update time without a year when a reading time stands beside it: \"Last updated 14:32 CET | 3 min read\".",
            "A blog's stamp with its author between the label and the date: 'Posted by Newsdesk on 12 March 2025, 09:14'.",
            "A relative time hedged with 'about' in a stamp line: 'Published August 21, 2024 Updated about 10 hours ago' (Dawn's form; '… Updated about 10 hours ago by the club's media team' is left alone).",
            "A labelled date with its time after a dash, or a label set off by a dash: \"Published: Aug 8, 2024 - 15:12\", \"Updated - August 02, 2024 09:15 pm IST\".",
            "Fields labelled 'Published at' and 'Updated at', the colon set off by a space or the time before the date: \"Published at : October 5, 2025\", \"Published at 06:15 pm November 24th, 2025\" (rules/lists/metadata-keys.txt).",
            "Dated fields with the page's links after them, labels of capitalised words between bars: \"Published 12 April 2026 | Last updated 13 April 2026 | Swimming | Comments\".",
        ],
        LeftAlone =
        [
            "An event's date and time: \"Saturday 7 June 2025, 7.30pm\".",
            "A live page's entry times: timestamp lines that recur down the page, three or more each heading an entry (\"Thu 26 Nov 2026 14.05 GMT\" over each post), are the format's structure, where a scrape leaves one or two near the top or the foot.",
            "A label not followed directly by a date or time, as in a sentence: \"Published on Tuesday, the report…\", \"The report, published 7 May, …\".",
            "An update time without a year (\"Updated 9:42 a.m. ET\"), which a breaking story prints on purpose, unless a reading time stands beside it.",
        ],
    };

    /// <summary>The longest unlabelled timestamp line ("Wednesday 17 September 2025 10:42 a.m. BST" is 43).</summary>
    private const int MaxStampLength = 48;

    // Frozen: asked for the first word of every line of every document.
    private readonly FrozenSet<string> _keyStarts;
    private readonly OpeningPairs _keyOpenings;
    // Built on the first line that starts with a metadata key, and most copy has no such line. With the built-in lists
    // the patterns are generated at build time; parsing them at run time was a tenth of a native run's start-up.
    private readonly Lazy<Regex> _wholeLine;
    private readonly string[]? _wholeLineWords;
    private readonly Lazy<Regex> _leading;
    private readonly Lazy<Regex> _stamp;

    public ScrapedMetadataAnalyzer(RuleDataSet data)
    {
        _keyStarts = data.GetList("metadata-keys").Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _keyOpenings = new OpeningPairs(_keyStarts);
        _wholeLineWords = WholeLineWords(data.GetList("metadata-keys"));
        var (months, keys) = (MonthsOf(data), KeysOf(data));
        if (months == BuiltInMonths && keys == BuiltInKeys)
        {
            _wholeLine = new(BuiltInWholeLine);
            _stamp = new(BuiltInStamp);
            _leading = new(BuiltInLeading);
            return;
        }

        // A configuration that extends a list: the same patterns, its lists in place of the built-in ones.
        string WithLists(string pattern) => pattern.Replace(BuiltInMonths, months, StringComparison.Ordinal).Replace(BuiltInKeys, keys, StringComparison.Ordinal);
        _wholeLine = new(() => new Regex(WithLists(WholeLinePattern), PatternOptions));
        _stamp = new(() => new Regex(WithLists(StampPattern), PatternOptions));
        _leading = new(() => new Regex(WithLists(LeadingPattern), PatternOptions));
    }

    /// <summary>The months' alternation of the patterns, from rules/lists/months.txt.</summary>
    internal static string MonthsOf(RuleDataSet data) => string.Join("|", data.GetList("months").Select(Regex.Escape));

    /// <summary>The metadata keys' alternation of the patterns, longest first, from rules/lists/metadata-keys.txt.</summary>
    internal static string KeysOf(RuleDataSet data) =>
        string.Join("|", data.GetList("metadata-keys").OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal)));

    /// <summary><see cref="MonthsOf"/> for the built-in lists (a test holds them equal).</summary>
    internal const string BuiltInMonths = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    /// <summary><see cref="KeysOf"/> for the built-in lists (a test holds them equal).</summary>
    internal const string BuiltInKeys = @"last\s+updated\s+on|first\s+published|last\s+updated\s+at|last\s+modified|last\s+updated|published\s+on|published\s+at|updated\s+on|updated\s+at|published|posted\s+on|modified|updated|posted|date";

    private const RegexOptions PatternOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Ordinal = "(?:st|nd|rd|th)?";
    private const string Clock = @"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?";
    private const string Zone = @"\s(?-i:[A-Z]{2,5})";
    private const string Time = $"{Clock}(?:{Zone})?";
    // "Tuesday, March 9, 2027", or set off by a bar as the Gleaner prints it: "Tuesday | March 9, 2027".
    private const string Weekday = @"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?(?:,|\s[|¦])?\s)?";
    private const string Date = $@"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|{Weekday}\d{{1,2}}{Ordinal}\s(?:{BuiltInMonths})\.?,?\s\d{{4}}|{Weekday}(?:{BuiltInMonths})\.?\s\d{{1,2}}{Ordinal},?\s\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|(?:about\s)?\d+\s(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\sago)";
    // The time after the date, or after a bar: "Published: Tuesday | March 9, 2027 | 12:07 AM".
    // Or after a dash, as the Korea Herald prints it: "Published: Aug 8, 2024 - 15:12".
    private const string Value = $@"(?:{Time},?\s(?:on\s)?)?{Date}(?:(?:,?\s(?:at\s)?|\s[|¦—–-]\s){Time})?";
    // The label takes a colon, or a dash as The Hindu sets it: "Updated - August 02, 2024 09:15 pm IST".
    private const string Field = $@"(?:{BuiltInKeys})(?:\s*:|\s[—–-])?\s*{Value}";
    // A page's reading time ("3 min read") sits among the fields, never alone: it needs a dated field beside it.
    private const string ReadingTime = @"\d{1,3}[\s-]?min(?:ute)?s?\s+read";
    private const string Fields = $@"(?:{ReadingTime}\s*[|•·]\s*)?{Field}(?:\s*[|•·,;]?\s*(?:{Field}|{ReadingTime}))*";
    // An update time with no date is printed on purpose by a breaking story ("Updated 9:42 a.m. ET"); beside a
    // reading time it is the page's: "Last updated 14:32 CET | 3 min read".
    private const string TimedFields = $@"(?:{BuiltInKeys})\s*:?\s*{Time}\s*[|•·]\s*{ReadingTime}";

    // After a date field, a metadata line often carries other fields: "| category: weather | tags: flooding".
    private const string OtherField = @"\s*[|•·]\s*\w[\w ]{0,20}:\s*[^|•·\n]{1,80}";
    // Or the page's links by their labels alone, capitalised words with no colon: "| Swimming | Comments".
    private const string LinkLabel = @"\s*[|•·]\s*(?-i:\p{Lu})[\p{L}'’&-]*(?:\s(?-i:\p{Lu})[\p{L}'’&-]*){0,2}";
    // A byline may lead the fields ("By Staff Reporters | Updated 2 hours ago"), as a page prints them together, or
    // the author and the outlet without "By", each a capitalised field of its own ("Dana Whitcombe · CBC News · Posted: …").
    private const string Byline = @"(?:By\s[^|•·\n]{1,40}?\s*[|•·]\s*|(?:(?-i:\p{Lu})[^|•·\n:\d]{0,40}?\s*[|•·]\s*){1,3})?";
    // A page's timestamp without its label, as the Guardian prints it ("Sat 7 Jun 2025 06.00 BST"): a date with its
    // year and a clock time with its zone, and nothing else on the line. The zone sets it apart from an event's
    // listing ("Saturday 7 June 2025, 7.30pm"), and so does the dash the Sydney Morning Herald sets between them
    // ("November 10, 2026 — 5.00am").
    private const string ZonedTime = Clock + Zone;
    // A CMS's numeric stamp in the European order needs no zone ("24.11.2026 10:44"): prose never writes an event so.
    private const string NumericStamp = @"\d{1,2}\.\d{1,2}\.\d{4},?\s" + Clock;
    // BleepingComputer's stamp ends on the story's comment count instead of a zone ("November 20, 2026 02:14 PM 0").
    private const string CommentCount = @"\s\d{1,5}";
    private const string Stamp = $@"(?:{ZonedTime},?\s(?:on\s)?{Date}|{Date},?\s(?:at\s)?{ZonedTime}|{Date}\s[—–-]\s{Clock}|{Date},?\s{Clock}{CommentCount}|{NumericStamp})";
    // A byline may lead a timestamp as it leads the fields: "TNN | Nov 18, 2026, 04.12 AM IST". The first stamp may
    // go without its label before a labelled one ("Nov. 12, 2025, 3:04 PM EST | Updated: Nov. 12, 2025, 5:30 PM EST").
    // A byline may run straight into the date, the time after a bullet ("By Telegraph Obituaries 14 November 2025 • 6:00pm").
    private const string BylineOnDate = @"By\s(?-i:\p{Lu})[^|•·\n\d]{1,40}?\s";
    // A reading time makes a bare date and time the page's too ("Aug 1, 2025 | 10:45 PM | 4 min read").
    private const string ReadDate = $@"{Date}(?:(?:\s*[|•·]\s*|,?\s(?:at\s)?){Time})?\s*[|•·]\s*{ReadingTime}";
    // A blog's stamp, the author between its label and the date: "Posted by Newsdesk on 12 March 2025, 09:14".
    private const string PostedBy = @"(?:Posted|Published)\sby\s(?-i:\p{Lu})[^|•·\n\d:]{0,40}?\son\s";

    private const string WholeLinePattern = $@"^(?:{Byline}(?:(?:{Stamp}\s*[|•·]\s*)?{Fields}(?:{OtherField}|{LinkLabel})*|{Stamp}(?:{OtherField})*|{TimedFields}|{ReadDate})|{BylineOnDate}{Date}\s[•·]\s{Clock}|{PostedBy}{Value})$";
    private const string StampPattern = $@"^{Stamp}$";
    private const string LeadingPattern = $@"^\s*(?<fields>{Fields})\s+(?=\w)";

    [GeneratedRegex(WholeLinePattern, PatternOptions)]
    private static partial Regex BuiltInWholeLine();

    [GeneratedRegex(StampPattern, PatternOptions)]
    private static partial Regex BuiltInStamp();

    [GeneratedRegex(LeadingPattern, PatternOptions)]
    private static partial Regex BuiltInLeading();

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var source = context.Document.Source;
        var lines = CopyLine.Of(context);
        var firstContent = true;
        // Unlabelled timestamp lines, held until the page is read: on a live page they head its entries.
        List<CopyLine>? stamps = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            var byline = line.First.Text == "By";
            // A line that opens with neither a byline nor a key may still be the author and outlet before the fields.
            var led = !byline && (!_keyOpenings.MayOpen(line.First.Text) || !_keyStarts.Contains(line.First.Text));
            if (led && line.Chars.IndexOfAny('|', '•', '·') < 0)
            {
                if (line.Chars.Length <= MaxStampLength && HasClockTime(line.Chars) && MayHoldStampDate(line.Chars) && _stamp.Value.IsMatch(line.Chars))
                {
                    (stamps ??= []).Add(line);
                }

                firstContent = false;
                continue;
            }

            // Every field's value is a date or a time (\d in the patterns): a line without a digit holds no field.
            var lineSpan = source.GetLineSpan(line.Number);
            if (!ContainsDigit(source.AsSpan(lineSpan)))
            {
                firstContent = false;
                continue;
            }

            if (MayBeFieldsOnly(line.Chars) && MayBeWholeLine(line.Chars) && _wholeLine.Value.IsMatch(line.Chars))
            {
                ReportLine(context, line);
            }
            else if (firstContent && !byline && !led && _leading.Value.Match(source.Text, lineSpan.Start, lineSpan.Length) is { Success: true } match)
            {
                var fields = match.Groups["fields"];
                var span = new TextSpan(fields.Index, fields.Length);
                context.Report(Descriptor, span, new CodeFix("Delete the metadata", TextEdit.Delete(new TextSpan(match.Index, match.Length))), fields.Value);
            }

            firstContent = false;
        }

        if (stamps is not null && !LiveEntryStamps.AreEntryHeads(stamps, lines))
        {
            foreach (var stamp in stamps)
            {
                ReportLine(context, stamp);
            }
        }
    }

    /// <summary>
    /// False when the whole-line pattern cannot match <paramref name="line"/>, read without the regex interpreter (a
    /// real metadata line glued to copy, "date 2025-05-07 North Korean leader …", reached it on every such file). Without
    /// a separator of other fields (| • ·) the line must be date fields alone, so it ends as a field's value does: a
    /// digit (a date or time), "Z" (an ISO time), "ago", "am"/"a.m." or a time zone's capitals.
    /// </summary>
    internal static bool MayBeFieldsOnly(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || line.IndexOfAny('|', '•', '·') >= 0)
        {
            return true;
        }

        return line[^1] switch
        {
            (>= 'A' and <= 'Z') or 'z' or 'o' or 'm' or '\n' => true,
            '.' => line.Length > 1 && line[^2] is 'm' or 'M',
            var last => char.IsDigit(last),
        };
    }

    /// <summary>
    /// The words one of which any line <see cref="_wholeLine"/> matches without a clock time holds, ignoring case: a
    /// metadata key's first word (every field has a key), "Posted" and "Published" (a blog's stamp) and "read" (a
    /// reading time). Null when a key opens with a character whose regex case-equivalents an ordinal comparison does
    /// not share (see <see cref="LiteralPrefix"/>): then every line is asked.
    /// </summary>
    private static string[]? WholeLineWords(IEnumerable<string> keys)
    {
        var words = keys.Select(k => LiteralPrefix.OfToken(k, ignoreCase: true)).Concat(["posted", "published", "read"]).ToArray();
        return words.Any(w => w.Length == 0) ? null : [.. words.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// False when <see cref="_wholeLine"/> cannot match <paramref name="line"/>, read without building it: most copy
    /// never needs the pattern, whose construction is ~15 M instructions. Each of its forms holds a key (so a word of
    /// <see cref="_wholeLineWords"/>), a clock time, a reading time or a blog's "Posted by".
    /// </summary>
    private bool MayBeWholeLine(ReadOnlySpan<char> line)
    {
        if (_wholeLineWords is null || HasClockTime(line))
        {
            return true;
        }

        foreach (var word in _wholeLineWords)
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportLine(AnalysisContext context, CopyLine line) =>
        context.Report(Descriptor, line.Span, new CodeFix("Delete the metadata line", LineEdits.DeleteLines(line.Source, line.Number, line.Number)), line.Text);

    /// <summary>
    /// False when <paramref name="line"/> holds no date a timestamp could carry, so the stamp pattern is neither built
    /// nor asked: every date it reads has a four-digit year, a day, month and year set off by slashes ("9/3/27"), or
    /// "ago" ("2 hours ago"); a price or a rate with a clock-like figure ("$2.39", "€7.10/kg") has none.
    /// </summary>
    internal static bool MayHoldStampDate(ReadOnlySpan<char> line)
    {
        var digits = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // char.IsDigit is \d's class (decimal digits of any script).
            if (char.IsDigit(line[i]))
            {
                if (++digits == 4)
                {
                    return true;
                }

                continue;
            }

            if (line[i] == '/' && digits > 0 && i + 1 < line.Length && char.IsDigit(line[i + 1]))
            {
                return true;
            }

            digits = 0;
        }

        return line.Contains("ago", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A clock time ("06.00", "9:14") in the text: a digit, a colon or full stop, two digits. Few short lines have one.
    /// Any decimal digit, as the patterns' \d reads one.
    /// </summary>
    private static bool HasClockTime(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is ':' or '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
