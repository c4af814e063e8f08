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

    private static readonly HashSet<string> OutletVerbs = new(["reports", "looks", "explains", "examines", "investigates", "asks", "visits", "talks", "speaks", "meets", "takes"], StringComparer.Ordinal);
}
