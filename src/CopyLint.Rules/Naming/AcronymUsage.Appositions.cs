using CopyLint.Text;

namespace CopyLint.Rules.Naming;

internal static partial class AcronymUsage
{
    /// <summary>
    /// "G42 and MGX, an investment vehicle focused on AI infrastructure.": an apposition that opens with "a" or "an"
    /// and runs to the end of the sentence says what the acronym is, as one closed by a comma does. "… sent to the
    /// KFRA, a spokesman said." is an attribution, not a description, and stays reported.
    /// </summary>
    public static bool IsDescribedToSentenceEnd(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        var sentence = model.Document.Sentences[mention.SentenceIndex].Span;
        var rest = text.AsSpan(mention.Span.End, sentence.Start + sentence.Length - mention.Span.End).TrimEnd();
        if (!(rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal)) || rest[^1] != '.')
        {
            return false;
        }

        var gloss = rest[2..^1];
        var count = 0;
        foreach (var range in gloss.Split(' '))
        {
            var word = gloss[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (word.Contains(',') || word.Contains('"') || model.Lexicon.AttributionVerbs.Contains(word))
            {
                return false;
            }

            count++;
        }

        // Three words at least: "an investment vehicle", not "a source".
        return count >= 3;
    }
}
