using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A rule of thumb stated of any population, not a finding about one.
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Around 95% of a population needs to receive two doses of vaccine to prevent outbreaks": a share "of a" or "of an"
    /// thing in general, then a verb of requirement (figure-requirement-verbs.txt), is a threshold that holds anywhere,
    /// background like a definition. "Around 95% of the population needs help" and "95% of a village was flooded" are
    /// about one place, and stay claims.
    /// </summary>
    private bool IsGenericThreshold(ReadOnlySpan<Token> t, int end) =>
        IsWord(t, end + 1, "of") && (IsWord(t, end + 2, "a") || IsWord(t, end + 2, "an")) && end + 4 < t.Length && t[end + 3].Kind == TokenKind.Word
        && t[end + 4].Kind == TokenKind.Word && _words.RequirementVerbs.Contains(t[end + 4].Text);

    /// <summary>
    /// "collected more than 60,000 signatures, above the 50,000 required for a popular initiative under Armenian law": a
    /// count set, after a comma, against the threshold a rule requires (figure-requirement-verbs.txt) is the record of
    /// meeting it. "collected more than 60,000 signatures, organisers said" is sourced; with no threshold it counts.
    /// </summary>
    private bool IsSetAgainstRequirement(ReadOnlySpan<Token> t, int end)
    {
        var k = end + 1;
        while (k < t.Length && k <= end + 2 && t[k].Kind == TokenKind.Word)
        {
            k++;
        }

        if (k >= t.Length || t[k].Text != "," || !(IsWord(t, k + 1, "above") || IsWord(t, k + 1, "over") || IsWord(t, k + 1, "below")))
        {
            return false;
        }

        return IsWord(t, k + 2, "the") && k + 4 < t.Length && t[k + 3].Kind == TokenKind.Number
            && t[k + 4].Kind == TokenKind.Word && _words.RequirementVerbs.Contains(t[k + 4].Text);
    }

    /// <summary>
    /// "will require ships of over 5,000 gross tonnage to reduce …", "applies to all vessels above 400 gross tonnage": a
    /// bound on a class of things in general (a plural noun after a verb of requirement or "all" or "any") draws the scope
    /// of a rule, not a finding. "more than 100 ships were attacked" counts and stays a claim.
    /// </summary>
    private bool IsScopeBound(ReadOnlySpan<Token> t, int first)
    {
        if (!IsBound(t[first]))
        {
            return false;
        }

        var noun = IsWord(t, first - 1, "of") ? first - 2 : first - 1;
        return noun >= 1 && t[noun] is { Kind: TokenKind.Word, IsCapitalized: false } && t[noun].Text.Length > 3 && t[noun].Text[^1] == 's'
            && t[noun - 1].Kind == TokenKind.Word && (_words.RequirementVerbs.Contains(t[noun - 1].Text) || t[noun - 1].Text is "all" or "any");
    }

    /// <summary>
    /// "lets companies with fewer than 500 staff offer health cover", "firms with more than 250 employees": a bound after
    /// a plural noun in lower case and "with", with the noun it counts after it, draws a size band of a class of things,
    /// a definition, not a finding. "Ombrelle, with more than 500 staff," and "cut more than 500 staff" stay claims.
    /// </summary>
    private static bool IsSizeBand(ReadOnlySpan<Token> t, int first, int end) =>
        IsMeasureBand(t, first) || IsDefiningBound(t, first) || IsParticipleBand(t, first, end) || IsReaderCondition(t, first, end) || IsRuleBand(t, first, end) || IsBound(t[first]) && IsWord(t, first - 1, "with") && first >= 2 && t[first - 2] is { Kind: TokenKind.Word, IsCapitalized: false } noun
        && noun.Text.Length > 3 && noun.Text[^1] == 's' && end + 1 < t.Length && t[end + 1] is { Kind: TokenKind.Word, IsCapitalized: false };

    /// <summary>
    /// "an independent candidate in a province with fewer than 2 million voters must now collect …": a bound after "a" or
    /// "an", a noun in lower case and "with", in a sentence whose rule says what must be done, draws the band of any such
    /// thing the rule applies to. "Floods hit a province with more than 2 million voters" has no rule and counts.
    /// </summary>
    private static bool IsRuleBand(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first < 3 || !IsBound(t[first]) || !IsWord(t, first - 1, "with") || t[first - 2] is not { Kind: TokenKind.Word, IsCapitalized: false }
            || !(IsWord(t, first - 3, "a") || IsWord(t, first - 3, "an")) || end + 1 >= t.Length || t[end + 1] is not { Kind: TokenKind.Word, IsCapitalized: false })
        {
            return false;
        }

        for (var k = end + 2; k < t.Length && k <= end + RuleVerbReach; k++)
        {
            if (IsWord(t, k, "must"))
            {
                return true;
            }
        }

        return false;
    }

    private const int RuleVerbReach = 4;

    /// <summary>
    /// "If you have capital, including savings and in many cases your home, of more than £23,250, you will normally pay the
    /// full cost": a bound in a condition put to the reader ("If you", "If your"), closed by a comma and the reader again
    /// ("…, you will"), is the line a rule draws for anyone, not a finding. "If you want to go private, more than 4,000
    /// people are waiting" and "If you live in Devon, more than 40 homes near you have closed" put the figure in the main
    /// clause and count.
    /// </summary>
    private static bool IsReaderCondition(ReadOnlySpan<Token> t, int first, int end)
    {
        if (!IsBound(t[first]) || !IsWord(t, 0, "if") || !(IsWord(t, 1, "you") || IsWord(t, 1, "your")))
        {
            return false;
        }

        var comma = end + 1;
        while (comma < t.Length && t[comma].Text != "," && t[comma].Kind != TokenKind.Punctuation)
        {
            comma++;
        }

        return comma + 1 < t.Length && t[comma].Text == "," && t[comma + 1].Kind == TokenKind.Word && ReaderWords.Contains(t[comma + 1].Text);
    }

    private static readonly WordSet ReaderWords = new(["you", "you'll", "you’ll", "you'd", "you’d", "your"]);

    /// <summary>
    /// "Below about $1m, guarantees remain rare": a sum after a bound that opens the sentence, closed by a comma, marks off
    /// the band of a market the sentence speaks of, not a finding. "Below $1m was raised" and "More than $1m, the
    /// charity said, was raised" are no such band.
    /// </summary>
    private static bool IsFrontedBand(ReadOnlySpan<Token> t, int first, int end) =>
        first is 0 or 1 && t[0].Kind == TokenKind.Word && FrontedBounds.Contains(t[0].Text) && end + 1 < t.Length && t[end + 1].Text == ",";

    private static readonly WordSet FrontedBounds = new(["below", "above", "under"]);

    /// <summary>
    /// "sole traders and landlords with qualifying income of more than £50,000", "companies with turnover of over £10m":
    /// a bound on a measure "of" a plural noun's class after "with" (one lower-case word may qualify the measure) draws the
    /// band a rule applies to. "The landlord, with income of more than £50,000," and "landlords earned more than £50,000" stay claims.
    /// </summary>
    private static bool IsMeasureBand(ReadOnlySpan<Token> t, int first)
    {
        if (!IsBound(t[first]) || !IsWord(t, first - 1, "of") || first < 4 || t[first - 2] is not { Kind: TokenKind.Word, IsCapitalized: false })
        {
            return false;
        }

        var with = IsWord(t, first - 3, "with") ? first - 3 : t[first - 3] is { Kind: TokenKind.Word, IsCapitalized: false } && IsWord(t, first - 4, "with") ? first - 4 : -1;
        return with >= 1 && t[with - 1] is { Kind: TokenKind.Word, IsCapitalized: false } noun && noun.Text.Length > 3 && noun.Text[^1] == 's';
    }

    /// <summary>
    /// "For the largest firms, those that audit more than 100 issuers, the rate was 26%": a bound in a clause on "those"
    /// that or who does one thing defines the group the sentence is about. "The firms audit more than 100 issuers" counts.
    /// </summary>
    private static bool IsDefiningBound(ReadOnlySpan<Token> t, int first) =>
        IsBound(t[first]) && first >= 3 && t[first - 1] is { Kind: TokenKind.Word, IsCapitalized: false }
        && (IsWord(t, first - 2, "that") || IsWord(t, first - 2, "who")) && IsWord(t, first - 3, "those");
}
