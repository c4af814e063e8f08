using CopyLint.Engine;
using CopyLint.Text;

namespace CopyLint.Rules.Naming;

public sealed partial class AcronymAnalyzer
{
    /// <summary>
    /// "the MARA-affiliated research centre": an acronym joined to a participle that ties something to a body
    /// (rules/lists/acronym-compound-participles.txt) names that body, and a reader needs it spelled out as much as a bare
    /// one. Read only for acronyms the story never uses alone (those are judged where they stand); the text is searched
    /// for hyphens, not read word by word.
    /// </summary>
    private void ReportInCompounds(AnalysisContext context, NamingModel model, Dictionary<string, Mention>? definitions, ref RunInitials? initials, ref HashSet<string>? reported)
    {
        var text = model.Document.Text;
        for (var dash = text.IndexOf('-'); dash >= 0 && dash + 1 < text.Length; dash = text.IndexOf('-', dash + 1))
        {
            if (dash < 2 || !char.IsAsciiLetterUpper(text[dash - 1]) || !char.IsAsciiLetterUpper(text[dash - 2]) || !char.IsAsciiLetterLower(text[dash + 1]))
            {
                continue;
            }

            var start = dash - 2;
            while (start > 0 && char.IsAsciiLetterUpper(text[start - 1]))
            {
                start--;
            }

            var end = dash + 1;
            while (end < text.Length && char.IsAsciiLetterLower(text[end]))
            {
                end++;
            }

            if ((start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '.')) || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
                || dash - start > 6 || !_compoundParticiples.Contains(text.AsSpan(dash + 1, end - dash - 1)))
            {
                continue;
            }

            var key = text[start..dash];
            if (IsDisplayCopy(model.Document, start) || _known.Contains(key) || ExtraKnown(context).Contains(key) || reported?.Contains(key) == true
                || definitions?.ContainsKey(key) == true || (initials ??= new(model)).ContainsUpTo(LastMentionBefore(model, start), key)
                || AcronymUsage.IsSpelledOutBefore(model, start, key) || _local.Value.IsKnownIn(text, key))
            {
                continue;
            }

            (reported ??= new(StringComparer.Ordinal)).Add(key);
            context.Report(Descriptor, new TextSpan(start, key.Length), key, "is not spelled out before its first use");
        }
    }

    private static int LastMentionBefore(NamingModel model, int position)
    {
        var mentions = model.Mentions;
        var last = -1;
        while (last + 1 < mentions.Length && mentions[last + 1].Span.End <= position)
        {
            last++;
        }

        return last;
    }

    /// <summary>The headline, a heading or the standfirst: the first paragraph of several, or one shaped as a heading.</summary>
    private static bool IsDisplayCopy(Document document, int position)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.Span.Start <= position && position < paragraph.Span.Start + paragraph.Span.Length)
            {
                return paragraph.IsHeadingLike || (paragraph.Index == 0 && document.Paragraphs.Count > 1);
            }
        }

        return false;
    }
}
