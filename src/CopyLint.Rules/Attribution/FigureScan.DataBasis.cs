using CopyLint.Rules.Attribution.Cues;
using CopyLint.Rules.Attribution.Figures;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution;

// What a sourced report covers, and what an organisation is.
internal sealed partial class FigureScan
{
    /// <summary>
    /// "The report is based on more than 99% of birth certificates filed" below "according to the report" or "the report
    /// said": a sentence whose subject is the data the story has already named as its firm source says what those data
    /// cover, a note on the source's method. "The figures are based on …" with no figures named as a source above is still
    /// reported.
    /// </summary>
    private static bool IsSourcedDataBasis(SourceMap map, int p, int s, ReadOnlySpan<Token> sentence, Figure figure, string text)
    {
        if (sentence.Length < 5 || figure.FirstToken <= 4 || !sentence[0].IsIgnoreCase("the") || sentence[1].Kind != TokenKind.Word || !BasisNouns.Contains(sentence[1].Text)
            || !(sentence[2].IsIgnoreCase("is") || sentence[2].IsIgnoreCase("are") || sentence[2].IsIgnoreCase("was") || sentence[2].IsIgnoreCase("were"))
            || !sentence[3].IsIgnoreCase("based") || !sentence[4].IsIgnoreCase("on"))
        {
            return false;
        }

        var noun = sentence[1].Text;
        for (var q = 0; q <= p; q++)
        {
            var paragraph = map.Paragraphs[q];
            for (var k = 0; k < (q == p ? s : paragraph.Sentences.Count) && !paragraph.IsHeading; k++)
            {
                if (paragraph.CueOf(k) is { Strength: CueStrength.Firm } cue && (NamesNoun(cue.Text, noun) || (cue.Agent is { } agent && agent.End <= text.Length && NamesNoun(text.AsSpan(agent.Start, agent.Length), noun))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"the report", not "a report by the bureau" nor "the bureau's report".</summary>
    private static bool NamesNoun(ReadOnlySpan<char> words, string noun)
    {
        var at = words.IndexOf($"the {noun}", StringComparison.OrdinalIgnoreCase);
        var end = at + 4 + noun.Length;
        return at >= 0 && (end == words.Length || !char.IsLetter(words[end]));
    }

    private static readonly WordSet BasisNouns = new(["report", "survey", "data", "figures", "estimates", "statistics", "study", "poll", "release", "analysis"]);

    /// <summary>
    /// "Prairie Dial, which employs about 140 part-time interviewers, conducts surveys …": an organisation's size in the
    /// relative clause that describes it is background, not a claim ("The firm employs about 140 people" in a sentence of
    /// its own, and "which laid off about 140", are judged as before).
    /// </summary>
    private static bool IsWorkforceAside(ReadOnlySpan<Token> sentence, Figure figure) =>
        figure.FirstToken >= 3 && sentence[figure.FirstToken - 1].IsIgnoreCase("employs") && sentence[figure.FirstToken - 2].IsIgnoreCase("which")
        && sentence[figure.FirstToken - 3].Text == ",";
}
