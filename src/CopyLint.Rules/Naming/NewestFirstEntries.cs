using System.Globalization;
using System.Text.RegularExpressions;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

/// <summary>
/// A live blog that runs newest first: entries under a time alone on its line ("3.20pm CET", "10:45 a.m."), the times
/// falling down the page, so that an entry lower down was written earlier and is read first by the blog's own order.
/// </summary>
internal static partial class NewestFirstEntries
{
    /// <summary>A blog with fewer entries may just list times ("9.30am", "11am"): three falling times make the order.</summary>
    private const int FewestEntries = 3;

    [GeneratedRegex(@"^(\d{1,2})[.:](\d{2}) ?(?:([ap])\.?m\.?)?(?: [A-Z]{2,5})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EntryTime();

    /// <summary>Where each entry's time line starts, top down; empty unless the times fall strictly down the page.</summary>
    public static List<int> Of(Document document)
    {
        var starts = new List<int>();
        var previous = int.MaxValue;
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Span.Length > 16 || EntryTime().Match(document.GetText(paragraph.Span)) is not { Success: true } time)
            {
                continue;
            }

            var hour = int.Parse(time.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var minutes = (time.Groups[3].Success ? (hour % 12) + (time.Groups[3].ValueSpan is "p" or "P" ? 12 : 0) : hour) * 60
                + int.Parse(time.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            if (minutes >= previous)
            {
                return [];
            }

            previous = minutes;
            starts.Add(paragraph.Span.Start);
        }

        return starts.Count >= FewestEntries ? starts : [];
    }
}
