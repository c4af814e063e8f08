using CopyLint.Text;

namespace CopyLint.Rules.Naming;

internal static partial class AcronymUsage
{
    /// <summary>
    /// "G42 and MGX, an investment vehicle focused on AI infrastructure.", "Windows handles NTLM hashes, the credentials
    /// Windows uses to authenticate users.": an apposition that opens with "a", "an" or "the" and runs to the end of the
    /// sentence says what the acronym (or the acronym and the one noun it names the kind of) is, as one closed by a comma
    /// does. "… sent to the KFRA, a spokesman said." is an attribution, not a description, and stays reported.
    /// </summary>
    public static bool IsDescribedToSentenceEnd(NamingModel model, Mention mention)
    {
        var text = model.Document.Text;
        var sentence = model.Document.Sentences[mention.SentenceIndex].Span;
        var rest = text.AsSpan(mention.Span.End, sentence.Start + sentence.Length - mention.Span.End).TrimEnd();
        rest = AfterOwnNoun(model, rest);
        if (!(rest.StartsWith(", a ", StringComparison.Ordinal) || rest.StartsWith(", an ", StringComparison.Ordinal) || rest.StartsWith(", the ", StringComparison.Ordinal))
            || rest[^1] != '.')
        {
            return false;
        }

        var the = rest.StartsWith(", the ", StringComparison.Ordinal);
        var gloss = rest[2..^1];
        if (the && RanksAFigure(gloss[4..]))
        {
            return false;
        }

        var count = 0;
        foreach (var range in gloss.Split(' '))
        {
            var word = gloss[range];
            if (word.IsEmpty)
            {
                continue;
            }

            // "the talks included KFRA, the ministry and the unions.": after "the", a list goes on, not a gloss.
            if (word.Contains(',') || word.Contains('"') || model.Lexicon.AttributionVerbs.Contains(word) || (the && word is "and" or "or"))
            {
                return false;
            }

            count++;
        }

        // Three words at least: "an investment vehicle", not "a source".
        return count >= 3;
    }

    /// <summary>
    /// "the highest in the eurozone", "the lowest since 2009", "the most valuable in Europe": a superlative with no noun
    /// after it ranks the figure the sentence gives ("a deficit of 5.8%, according to INSEE, the highest in the eurozone"),
    /// not the body before it; "the largest farmers' union" names a kind and explains.
    /// </summary>
    private static bool RanksAFigure(ReadOnlySpan<char> afterThe)
    {
        var words = afterThe;
        var first = words[..FirstWordLength(words)];
        words = words[first.Length..].TrimStart(' ');
        if (first is "most" or "least")
        {
            words = words[FirstWordLength(words)..].TrimStart(' ');
        }
        else if (!(first is "best" or "worst" || (first.Length > 4 && first.EndsWith("est", StringComparison.Ordinal))))
        {
            return false;
        }

        // What follows a superlative standing for a figure: "the highest in", "the lowest since", "the worst on record".
        return words.IsEmpty || words[..FirstWordLength(words)] is "in" or "since" or "on" or "for" or "ever" or "yet" or "so" or "this" or "last";
    }

    /// <summary>"NTLM hashes, the credentials …": the text after one lower-case noun the acronym qualifies, if a comma follows it.</summary>
    private static ReadOnlySpan<char> AfterOwnNoun(NamingModel model, ReadOnlySpan<char> rest)
    {
        if (!rest.StartsWith(' ') || rest.Length < 3 || !char.IsLower(rest[1]))
        {
            return rest;
        }

        var comma = rest.IndexOf(',');
        var noun = comma > 1 ? rest[1..comma] : [];
        return noun.IsEmpty || noun.ContainsAnyExcept(Letters) || model.Lexicon.AttributionVerbs.Contains(noun) ? rest : rest[comma..];
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
