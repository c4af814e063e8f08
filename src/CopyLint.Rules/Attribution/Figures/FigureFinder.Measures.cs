using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures that measure or describe a thing rather than claim a count: a road's gradient, the lit part of the moon and
/// the plants and animals of a place.
/// </summary>
internal sealed partial class FigureFinder
{
    private const int GradientWordsBefore = 6;

    /// <summary>
    /// "a 1.8km ramp with sections at more than 25 per cent", "gradients of up to 12%": a share after "at" or "of" that
    /// ends its clause, a few words after a noun of steepness (figure-gradient-nouns.txt), is the road's gradient;
    /// "about 30 per cent illuminated" (figure-phase-states.txt) is the moon's phase. "a climb of more than 25 per cent in
    /// prices" and "more than 25 per cent of the riders" go on to what they count, and stay claims.
    /// </summary>
    private bool IsMeasuredShare(ReadOnlySpan<Token> t, int first, int end)
    {
        if (IsWeatherReading(t, first, end))
        {
            return true;
        }

        if (end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word)
        {
            return _words.PhaseStates.Contains(t[end + 1].Text) || IsCountProgress(t, first, end);
        }

        if (!IsWord(t, first - 1, "at") && !IsWord(t, first - 1, "of"))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && k >= first - 1 - GradientWordsBefore; k--)
        {
            if (t[k].Kind == TokenKind.Word && _words.GradientNouns.Contains(t[k].Text) && !IsWord(t, k + 1, "up") && !IsWord(t, k + 1, "down"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "with about 40% counted", "with 60% of precincts reporting": after 'with', a share (of up to three words) that an
    /// election count has reached (figure-count-progress.txt). "40% counted themselves lucky" has no 'with'.
    /// </summary>
    private bool IsCountProgress(ReadOnlySpan<Token> t, int first, int end)
    {
        if (!IsWord(t, first - 1, "with"))
        {
            return false;
        }

        var next = end + 1;
        if (IsWord(t, next, "of"))
        {
            next += 2;
            if (next < t.Length && t[next - 1].Text is "the" && t[next].Kind == TokenKind.Word)
            {
                next++; // "of the vote"
            }
        }

        return next < t.Length && t[next].Kind == TokenKind.Word && _words.CountProgress.Contains(t[next].Text);
    }

    /// <summary>
    /// "Congo produces about three-quarters of the world's cobalt", "Chile … accounts for about a quarter of global supply",
    /// "Contract farming accounts for more than 90 percent of the crop": a share of something, after a verb of the present
    /// that says what part a country, industry or firm stands for (figure-share-verbs.txt), is a standing fact of the market's
    /// shape, background every story on it repeats. The past ("accounted for about 40% of sales in March") is a finding; the
    /// caller keeps a share of deaths or losses a claim ("account for about 20% of road deaths").
    /// </summary>
    private bool IsStandingShare(ReadOnlySpan<Token> t, int first, int end) =>
        IsWord(t, end + 1, "of") && (_words.ShareVerbs.MatchEndingAt(t, first) > 0 || (first > 0 && _words.StakeVerbs.Contains(t[first - 1].Text) && IsOneBody(t, end + 2)));

    /// <summary>
    /// The one body an owner's stake is in (figure-stake-verbs.txt): a name ("holds about 11% of Southwest") or a company
    /// noun after "the" ("owns about 30% of the airline"), not a market or many bodies ("of the passenger car market").
    /// </summary>
    private bool IsOneBody(ReadOnlySpan<Token> t, int k) =>
        k < t.Length && ((t[k] is { Kind: TokenKind.Word, IsCapitalized: true } && !t[k].IsIgnoreCase("the"))
            || (t[k].IsIgnoreCase("the") && k + 1 < t.Length && _words.CompanyNouns.Contains(t[k + 1].Text)));

    /// <summary>A fraction in words ("about three-quarters of the world's cobalt") as <see cref="IsStandingShare"/>, read where it is found.</summary>
    private bool IsStandingShareInWords(ReadOnlySpan<Token> t, int first, int end) => IsStandingShare(t, first, end) && !HasHarmWord(t, first, end);

    private const int GrowingWordsAfter = 14;

    /// <summary>
    /// "More than 2,000 apple, peach, pear, cherry and apricot trees grow along the river": what the figure counts, then a
    /// verb of growing or living (figure-growth-verbs.txt) and a place (figure-place-prepositions.txt), describes the place.
    /// The caller keeps it a claim when a word of harm or loss is near.
    /// </summary>
    private bool IsGrowingThing(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 1; k + 1 < t.Length && k <= end + GrowingWordsAfter && (t[k].Kind == TokenKind.Word || t[k].Text == ","); k++)
        {
            if (t[k].Kind == TokenKind.Word && _words.GrowthVerbs.Contains(t[k].Text))
            {
                return k > end + 1 && t[k + 1].Kind == TokenKind.Word && _words.PlacePrepositions.Contains(t[k + 1].Text);
            }
        }

        return false;
    }
}
