using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A subject's standing rank, measured after a comma.
internal sealed partial class FigureFinder
{
    private readonly WordSet _rankVerbs = WordSet.From(data, "figure-rank-verbs");

    /// <summary>
    /// "Oromia is Ethiopia's most populous region, with about 40 million people", "Egypt is among the world's largest
    /// wheat importers, buying about 12 million tonnes a year", "Tobacco remains Zimbabwe's largest agricultural export,
    /// earning more than US$1 billion a year": the figure after the comma measures a standing rank its sentence's subject
    /// holds now, background a desk does not source. "was the largest", or a toll anywhere in the sentence, stays a claim.
    /// </summary>
    private bool IsMeasureOfStandingRank(ReadOnlySpan<Token> t, int first)
    {
        var comma = first - 1;
        while (comma > 0 && first - comma <= MaxMeasureWords && t[comma].Kind == TokenKind.Word)
        {
            comma--;
        }

        if (comma < 2 || t[comma].Text != "," || !(IsWord(t, comma + 1, "with") || t[comma + 1].Text.EndsWith("ing", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var verb = 1; verb < comma - 1; verb++)
        {
            if (t[verb].Text == ",")
            {
                return false;
            }

            if (t[verb].Kind == TokenKind.Word && _rankVerbs.Contains(t[verb].Text))
            {
                var rank = IsWord(t, verb + 1, "among") ? verb + 2 : verb + 1;
                var superlative = IsWord(t, rank, "the") ? rank + 1 : rank;
                superlative += superlative < comma && IsPossessive(t[superlative].Text) ? 1 : 0;
                return superlative > rank && superlative < comma && IsSuperlative(t[superlative]) && !HasHarmWordAfter(t, 0) && !NamesAPastPeriodAfter(t, first);
            }
        }

        return false;
    }

    /// <summary>"exporting more than $11 billion worth of the metal last year", "in 2024": one period's flow, a claim to source, not a standing measure.</summary>
    private static bool NamesAPastPeriodAfter(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first + 1; k < t.Length; k++)
        {
            if (IsWord(t, k, "last") || DateTokens.IsYear(t[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuperlative(Token word) =>
        word.Kind == TokenKind.Word && !word.IsCapitalized && (word.Text is "most" || (word.Text.Length > 5 && word.Text.EndsWith("est", StringComparison.Ordinal)));

    // ", buying about", ", with more than": the words between the comma and the figure's approximator.
    private const int MaxMeasureWords = 2;
}
