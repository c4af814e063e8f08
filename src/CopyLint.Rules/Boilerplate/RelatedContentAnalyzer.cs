using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Boilerplate;

/// <summary>CL1001: a "You may also like" cue and the list of other stories' headlines under it.</summary>
public sealed class RelatedContentAnalyzer(RuleDataSet data) : Analyzer
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "CL1001",
        "Related-content block",
        "{0}: related content, not copy",
        RuleCategory.Boilerplate,
        Severity.Warning,
        "A block of links to other stories was scraped or pasted in with the copy. Readers meet unrelated headlines in the "
        + "middle of a story, and the block ends up in print. The block runs from its cue line to the next line of prose "
        + "(a line ending a sentence) or the end of the text. Fix: delete the block.")
    {
        Name = "related-content-block",
        Summary = "A block of links to other stories was pasted in with the copy.",
        Reports =
        [
            "A cue line (\"You may also like\", \"Read more\", \"Most read\", \"More from …\", \"Read more from …:\"; rules/lists/related-content-cues.txt) and the headlines under it.",
            "Such a cue alone, when it is the last line of the text.",
            "A \"Read more: …\", \"READ: …\" or \"Watch: …\" line holding only a raw link or a headline, on its own, behind a play button's glyph too: \"▶ Watch: …\".",
            "Such a line opening \"In pictures: …\", \"MORE: …\" or \"ALSO READ | …\" (a bar for the colon).",
            "Such a line holding headlines parted by bars: \"Related Stories: Korda wins Chevron | LPGA schedule 2025\".",
            "A line opening 'ICYMI:' with a headline after it: 'ICYMI: Honley CC celebrate 150th anniversary with match against Yorkshire legends'.",
            "A line opening 'Don't miss:' with a headline after it: 'Don't miss: The best zoos to visit this winter'.",
            "A line opening 'Most read:' or 'Recommended for you:' with a headline after it: 'Most Read: Taiwan fans pack Taipei Dome as national team opens Asia series with win'.",
            "A line opening 'Trending:' with a headline after it: 'Trending: Cubs' Crow-Armstrong named NL player of the week'.",
            "A line opening 'You may also like:' with a headline after it: 'You may also like: Cumberland County towns weigh limits on new subdivisions'.",
            "WordPress's related-posts widget, its cue 'Related Posts' over the headlines.",
            "A line opening 'More recalls:' with a headline after it: 'More recalls: Frozen berries recalled nationally over hepatitis A fears'.",
            "A line opening 'More on this story:' with headlines parted by bars: 'More on this story: Auto-enrolment at 10: what went right | Young workers and pensions'.",
            "A teaser: a headline with its link's cue after a bar at the end of the line: 'Women's boxing: a timeline | Read more'.",
        ],
        LeftAlone =
        [
            "Lists, bullets, headings and headline lists elsewhere: a headline list is reported only after a cue line.",
            "A cue written as a Markdown heading (\"## Related guides\"), which an author put there on purpose.",
            "A Markdown link on a \"Read more: …\" line, which is an author's.",
            "Such a line opening the text above the story, its own headline: \"In pictures: Sydney welcomes the Year of the Horse\".",
            "A sentence of prose before the bar: 'The club has published the full results online. | Read more' is judged as prose.",
        ],
    };

    private const int MaxHeadlineWords = 25;

    private readonly LinePhrases _cues = new(data.GetList("related-content-cues"));
    private readonly SocialEmbeds _social = new(data);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Analyze(AnalysisContext context)
    {
        var source = context.Document.Source;
        var lines = CopyLine.Of(context);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            // The line's first character before its first token: most lines open with neither mark, and the cue test
            // reads the same characters next.
            if (line.IsBlank || (line.Chars[0] is '#' or '-' or '*' or '•' or '>' && line.First.Text is "#" or "##" or "###" or "####" or "-" or "*" or "•" or ">"))
            {
                continue;
            }

            if (_cues.MatchesLine(line.Chars))
            {
                var last = LastHeadline(lines, i);
                if (last == i && CountContentLines(lines, i + 1, lines.Length) == 0)
                {
                    context.Report(Descriptor, line.Span, Fix(source, line.Number, line.Number), $"'{line.Text}' at the end of the text");
                    continue;
                }

                if (last > i)
                {
                    var span = TextSpan.FromBounds(line.Span.Start, lines[last].Span.End);
                    var count = CountContentLines(lines, i + 1, last + 1);
                    context.Report(Descriptor, span, Fix(source, line.Number, lines[last].Number), $"'{line.Text}' and {count} headline{(count == 1 ? string.Empty : "s")} under it");
                    i = last;
                    continue;
                }
            }

            // A line a prefix cue opens ("More on *") with no headlines under it may still hold its links after a lead
            // ("More on this story: … | …").
            if (_cues.LeadLength(line.Chars) is > 0 and var lead && IsLinksOrHeadline(line, line.Span.Start + lead) && !_social.IsEmbedLine(line) && !IsMarkdownLink(line.Chars) && !IsStoryHeadline(lines, i))
            {
                context.Report(Descriptor, line.Span, Fix(source, line.Number, line.Number), $"'{line.Text[..lead]}' line linking to another story");
            }
            else if (_cues.TrailerBar(line.Chars) is > 0 and var bar && IsHeadlineBefore(line, line.Span.Start + bar) && !_social.IsEmbedLine(line) && !IsMarkdownLink(line.Chars) && !IsStoryHeadline(lines, i))
            {
                context.Report(Descriptor, line.Span, Fix(source, line.Number, line.Number), $"'{line.Text[(bar + 1)..].Trim()}' teaser linking to another story");
            }
        }
    }

    /// <summary>The lines from <paramref name="start"/> up to <paramref name="end"/> (exclusive) that are not blank.</summary>
    private static int CountContentLines(CopyLine[] lines, int start, int end)
    {
        var count = 0;
        for (var j = start; j < end; j++)
        {
            count += lines[j].IsBlank ? 0 : 1;
        }

        return count;
    }

    private static CodeFix Fix(SourceText source, int first, int last) =>
        new("Delete the related-content block", LineEdits.DeleteLines(source, first, last));

    /// <summary>
    /// The index of the last headline-like line after a cue, or the cue's own index. Where a blank line follows the
    /// cue the items are spaced and blank lines are skipped; otherwise the list is packed and a blank line ends it.
    /// </summary>
    private static int LastHeadline(CopyLine[] lines, int cue)
    {
        var spaced = cue + 1 < lines.Length && lines[cue + 1].IsBlank;
        var last = cue;
        for (var j = cue + 1; j < lines.Length; j++)
        {
            if (lines[j].IsBlank)
            {
                if (spaced)
                {
                    continue;
                }

                break;
            }

            if (!IsHeadline(lines[j].Tokens))
            {
                break;
            }

            last = j;
        }

        return last;
    }

    /// <summary>A headline or a link: short, and not ending like a sentence of prose.</summary>
    private static bool IsHeadline(ReadOnlySpan<Token> tokens)
    {
        var words = CopyLine.CountWords(tokens);
        var last = tokens[^1];
        return AreAllUrls(tokens)
            || (words is > 0 and <= MaxHeadlineWords && !CopyLine.EndsWithSentence(tokens) && last.Text is not (":" or ";" or ","))
            || (words <= 15 && last.Text is "?" or "!");
    }

    /// <summary>
    /// "In pictures: Sydney welcomes the Year of the Horse" over the story: the first line of the text, with copy under
    /// it, is the story's own headline, which a gallery or a video page opens with its label.
    /// </summary>
    private static bool IsStoryHeadline(CopyLine[] lines, int line)
    {
        for (var j = 0; j < line; j++)
        {
            if (!lines[j].IsBlank)
            {
                return false;
            }
        }

        return CountContentLines(lines, line + 1, lines.Length) > 0;
    }

    /// <summary>A Markdown link ("[the guide](https://…)") is an author's, not a scraper's.</summary>
    private static bool IsMarkdownLink(ReadOnlySpan<char> text) => text.Contains("](", StringComparison.Ordinal);

    private static bool AreAllUrls(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Url)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line's tokens before <paramref name="before"/> (a prefix) are a headline.</summary>
    private static bool IsHeadlineBefore(CopyLine line, int before)
    {
        ReadOnlySpan<Token> tokens = line.Tokens;
        var end = 0;
        while (end < tokens.Length && tokens[end].Span.End <= before)
        {
            end++;
        }

        return end > 0 && IsHeadline(tokens[..end]);
    }

    /// <summary>True when the line's tokens from <paramref name="after"/> on (a suffix: tokens are in text order) are links or a headline.</summary>
    private static bool IsLinksOrHeadline(CopyLine line, int after)
    {
        ReadOnlySpan<Token> tokens = line.Tokens;
        var first = 0;
        while (first < tokens.Length && tokens[first].Span.Start < after)
        {
            first++;
        }

        return first < tokens.Length && IsHeadline(tokens[first..]);
    }
}
