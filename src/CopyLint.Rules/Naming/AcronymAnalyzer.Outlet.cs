using System.Buffers;

namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "Eight countries have agreed to accelerate defense spending. NRK reports from Oslo.": the outlet names itself at the
    /// close of the standfirst under the headline, bare, as the one who reports, as it does in the byline ('Phil Pennington,
    /// RNZ'). "KCNA reports that …" is a source's claim, and the same words in the body are judged as copy.
    /// </summary>
    private static bool IsOutletInStandfirst(Text.Document document, Mention mention)
    {
        var sentence = document.Sentences[mention.SentenceIndex];
        if (sentence.ParagraphIndex != 1 || sentence.Span.Start != mention.Span.Start || mention.Possessive.Length > 0
            || document.Paragraphs[1].Sentences is not [_, .., var last] || last.Index != sentence.Index || !IsHeadlineLine(document))
        {
            return false;
        }

        var after = document.Text.AsSpan(mention.Span.End);
        if (!after.StartsWith(" "))
        {
            return false;
        }

        after = after[1..];
        var verbEnd = after.IndexOf(' ');
        return verbEnd > 0 && OutletVerbs.Contains(after[..verbEnd].ToString()) && !after[(verbEnd + 1)..].StartsWith("that");
    }

    /// <summary>
    /// "… is expected to close on December 11. — VNS": a paper's or agency's credit signing off a story, or an item of a
    /// roundup, as "— Bernama" does: a dash after the last sentence's stop and the initials closing the paragraph.
    /// Capitals after a dash inside a sentence ("the rate was cut — IMF figures show") are copy.
    /// </summary>
    private static bool IsSignOffCredit(Text.Document document, Mention mention)
    {
        var text = document.Text;
        var paragraph = document.Paragraphs[document.Sentences[mention.SentenceIndex].ParagraphIndex].Span;
        if (mention.Words.Length != 1 || mention.Possessive.Length > 0 || mention.Span.End > paragraph.End
            || !text.AsSpan(mention.Span.End, paragraph.End - mention.Span.End).IsWhiteSpace())
        {
            return false;
        }

        var before = text.AsSpan(paragraph.Start, mention.Span.Start - paragraph.Start);
        if (!(before.EndsWith(" — ") || before.EndsWith(" – ") || before.EndsWith(" - ")))
        {
            return false;
        }

        before = before[..^3];
        return before.Length > 0 && before[^1] is '.' or '!' or '?' or '"' or '”';
    }

    private static readonly HashSet<string> OutletVerbs = new(["reports", "looks", "explains", "examines", "investigates", "asks", "visits", "talks", "speaks", "meets", "takes"], StringComparer.Ordinal);

    /// <summary>
    /// "WGN meteorologist Paul Merzlock said", "KCCI crews saw" … "told KCCI": a US broadcast call sign (K or W and two
    /// or three more capitals) that the story sets bare before a newsroom noun (rules/lists/acronym-station-nouns.txt)
    /// is the station's name, wherever it is used.
    /// </summary>
    private bool IsStationCallSign(string text, Mention mention)
    {
        var form = mention.First.Text;
        if (mention.Words.Length != 1 || form.Length is < 3 or > 4 || form[0] is not ('K' or 'W') || form.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            if (end + 1 >= text.Length || text[end] != ' ' || (at > 0 && char.IsLetterOrDigit(text[at - 1])) || AfterArticle(text, at))
            {
                continue;
            }

            var next = text.AsSpan(end + 1);
            var length = next.IndexOfAnyExcept(Letters);
            if (_stationNouns.Contains(length < 0 ? next : next[..length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the KFRA reporter": a station takes no article, a body does.</summary>
    private static bool AfterArticle(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var word = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
        return word is "the" or "The" or "a" or "A" or "an" or "An";
    }

    /// <summary>
    /// '"We cannot run classes of 15," she told the JC.': the one a quote was told to, named with "the" and closing the
    /// sentence, is the paper that asked, by its own short name. '"…," a spokesman told KCNA.' (an agency, bare) and
    /// "told the EFCC to fix a date" (a body given an order) are judged.
    /// </summary>
    private static bool IsToldPaper(Text.Document document, Mention mention)
    {
        var text = document.Text;
        var end = mention.Span.End;
        if (mention.PreviousWord is not "the" || mention.Possessive.Length > 0 || end >= text.Length || text[end] != '.'
            || !text.AsSpan(0, mention.Span.Start).EndsWith(" told the ", StringComparison.Ordinal))
        {
            return false;
        }

        var sentence = document.Sentences[mention.SentenceIndex].Span;
        return text.AsSpan(sentence.Start, mention.Span.Start - sentence.Start).IndexOfAny(ClosingQuotes) >= 0;
    }

    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\"\u201D");

    /// <summary>
    /// "THE HIMALAYAN TIMES" on a line of its own (the masthead) … "Gautam told THT": the initials of a name set in
    /// capitals on its own line, its article too, spell the paper's short name.
    /// </summary>
    private static bool IsMastheadInitials(string text, string key)
    {
        Span<char> initials = stackalloc char[MaxMastheadLength];
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.Length > MaxMastheadLength || line.Length <= key.Length || line.ContainsAnyExcept(MastheadCharacters) || !line.Contains(' '))
            {
                continue;
            }

            var count = 0;
            foreach (var word in line.Split(' '))
            {
                if (!line[word].IsEmpty)
                {
                    initials[count++] = line[word][0];
                }
            }

            if (initials[..count].SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxMastheadLength = 40;

    private static readonly SearchValues<char> MastheadCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ ");
}
