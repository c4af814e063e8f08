using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures the writer derives or the thing itself gives, not claims someone made: the writer's arithmetic on figures
/// just given or on a result and its forecast, a currency conversion, a survey's sample, a product's launch price and a fundraiser's total.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>Whether the figure at <paramref name="first"/>..<paramref name="end"/> (its approximator included) is derived or given (see the class).</summary>
    private bool IsDerived(ReadOnlySpan<Token> t, int first, int end, FigureKind kind, double value, int approximator) =>
        IsArithmetic(t, first) || IsAppositeArithmetic(t, first, end) || (kind == FigureKind.Share && IsShareInApposition(t, first, end)) || IsConversionInApposition(t, first, kind) || IsDerivedByMeaning(t, first) || IsWorkedExample(t, first, end) || IsWorkedExampleOutcome(t, first, end) || IsImaginedScenario(t, first, end) || IsReaderExample(t, first) || IsReaderAdvice(t, first) || IsAdvisedLimit(t, first) || IsCaseForExample(t, first, end) || IsPlannedEnrolment(t, end) || IsConversion(t, end) || IsSample(t, first, approximator) || IsMarginOverForecast(t, first)
        || (kind == FigureKind.Money && (IsLaunchPrice(t, first, value, approximator) || IsFundraiserTotal(t, first, end, value, approximator)));

    /// <summary>
    /// "That is a fall of around 260,000", "That's an increase of about 35%": a sentence opening on "That" or "This" and
    /// a change (figure-change-nouns.txt) of the figure gives the writer's arithmetic on the figures just before it.
    /// </summary>
    private bool IsArithmetic(ReadOnlySpan<Token> t, int first)
    {
        var noun = first - 2;
        if (noun < 2 || !IsWord(t, first - 1, "of") || t[noun].Kind != TokenKind.Word || !_words.ChangeNouns.Contains(t[noun].Text))
        {
            return false;
        }

        var article = t[noun - 1].Text is "a" or "an" ? noun - 1 : noun - 2; // "a further fall of"
        if (article < 1 || t[article].Text is not ("a" or "an"))
        {
            return false;
        }

        // "• That is an increase of about 32%": a list item's bullet opens the sentence before its first word.
        var o = t[0].Text is "•" or "-" or "*" or "–" ? 1 : 0;
        return (article == o + 1 && t[o].Text is "That's" or "That’s" or "This's")
            || (article == o + 2 && t[o].Text is "That" or "This" && t[o + 1].Text is "is" or "was" or "represents" or "means");
    }

    /// <summary>
    /// "cutting output by a total of 5.86 million barrels per day (bpd), or about 5.7% of global demand", "had sold for $9.25 a
    /// pound …, a total of more than $12,200", "counselors for Ridgeview's 1,210 students, a ratio of about 600 to one": a
    /// figure set after a comma as ", or", ", a total of" or ", a ratio of" what a figure earlier in its sentence comes to
    /// is the writer's arithmetic on it. With no figure before the comma ("Many left, or about a fifth
    /// of the town") it is a claim of its own, as is a share of deaths or losses.
    /// </summary>
    private bool IsAppositeArithmetic(ReadOnlySpan<Token> t, int first, int end)
    {
        var comma = IsWord(t, first - 1, "or") ? first - 2
            : IsWord(t, first - 1, "of") && (IsWord(t, first - 2, "total") || IsWord(t, first - 2, "ratio")) && IsWord(t, first - 3, "a") ? (IsWord(t, first - 4, "or") ? first - 5 : first - 4)
            : IsComparedAfterComma(t, end) ? first - 1
            : -1;
        if (comma < 1 || t[comma].Text != "," || HasHarmWord(t, first, end))
        {
            return false;
        }

        for (var k = comma - 1; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "They have £42,000 saved, about 12 per cent of the price of the flats": a share "of" something, set straight after a
    /// comma that closes a clause holding a figure, is what that figure comes to. "Many left, about 12 per cent of the
    /// town" has no figure before the comma, and a share of deaths or losses stays a claim.
    /// </summary>
    private bool IsShareInApposition(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first < 2 || t[first - 1].Text != "," || !IsWord(t, end + 1, "of") || HasHarmWord(t, first, end))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && t[k].Text is not ("," or ";" or ":"); k--)
        {
            if (t[k].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "scored 171 … and 654 in multi-core, about 20% higher than the M3 Air": a share set after a comma with a comparative
    /// and "than" compares the exact figure before it with another thing's.
    /// </summary>
    private static bool IsComparedAfterComma(ReadOnlySpan<Token> t, int end) =>
        t[end].Text.EndsWith('%') && end + 2 < t.Length && t[end + 1].Kind == TokenKind.Word && ScoreComparatives.Contains(t[end + 1].Text) && IsWord(t, end + 2, "than");

    private static readonly WordSet ScoreComparatives = new(["higher", "lower", "faster", "slower", "better", "worse"]);

    /// <summary>
    /// "The western beat tracking by about $5 million", "profit topped analysts' forecasts by 3%": the margin between a
    /// result and the forecast it beat or missed is the writer's arithmetic on the two.
    /// </summary>
    private static bool IsMarginOverForecast(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "by") || first < 3 || t[first - 2].Kind != TokenKind.Word || !ForecastNouns.Contains(t[first - 2].Text))
        {
            return false;
        }

        var verb = first - 3;
        if (verb >= 1 && t[verb].Kind == TokenKind.Word && !BeatVerbs.Contains(t[verb].Text))
        {
            verb--; // "beat industry tracking by", "topped analysts' forecasts by"
        }

        return t[verb].Kind == TokenKind.Word && BeatVerbs.Contains(t[verb].Text);
    }

    private static readonly WordSet ForecastNouns = new(["tracking", "forecast", "forecasts", "estimate", "estimates", "expectations", "projections", "consensus"]);
    private static readonly WordSet BeatVerbs = new(["beat", "beats", "beating", "topped", "tops", "topping", "exceeded", "exceeds", "exceeding", "surpassed", "surpasses", "missed", "misses", "missing", "lagged", "trailed"]);

    /// <summary>"around $350,000 at current exchange rates": a conversion the writer made, after the figure it converts.</summary>
    private static bool IsConversion(ReadOnlySpan<Token> t, int end)
    {
        if (!IsWord(t, end + 1, "at"))
        {
            return false;
        }

        for (var k = end + 2; k < t.Length - 1 && k <= end + 4 && t[k].Kind == TokenKind.Word; k++)
        {
            if (t[k].IsIgnoreCase("exchange") && (IsWord(t, k + 1, "rate") || IsWord(t, k + 1, "rates")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"surveyed about 1,000 principals", "a poll of 2,000 adults": the size of a survey's sample (figure-sample-words.txt).</summary>
    private bool IsSample(ReadOnlySpan<Token> t, int first, int approximator)
    {
        var before = first - 1;
        return (before >= 0 && t[before].Kind == TokenKind.Word && _words.SampleWords.Contains(t[before].Text))
            || (NounBeforeOf(t, first + approximator, approximator) is { } noun && _words.SampleWords.Contains(noun))
            || IsRankingPanel(t, first);
    }

    /// <summary>
    /// "The list … is compiled from the votes of more than 1,000 chefs": the panel a ranking or poll is compiled from
    /// (a verb of compiling up to three words before "votes of"), as a survey's sample is, and the panel that, in the
    /// present, votes on it ("The Golden Globes are voted on by about 300 entertainment journalists"). "More than 1,000
    /// chefs signed a letter", "the votes of about 2 million people were discarded" and "The bill was voted on by about
    /// 300 MPs" count.
    /// </summary>
    private static bool IsRankingPanel(ReadOnlySpan<Token> t, int first)
    {
        // "The Golden Globes are voted on by about 300 entertainment journalists": the panel that votes the awards.
        if (IsWord(t, first - 1, "by") && IsWord(t, first - 2, "on") && IsWord(t, first - 3, "voted") && (IsWord(t, first - 4, "are") || IsWord(t, first - 4, "is")))
        {
            return true;
        }

        if (first < 3 || !IsWord(t, first - 1, "of") || t[first - 2].Kind != TokenKind.Word || !PanelNouns.Contains(t[first - 2].Text))
        {
            return false;
        }

        for (var k = first - 3; k >= 0 && k >= first - 2 - CompileWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (CompileVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int CompileWordsBefore = 3;

    private static readonly WordSet PanelNouns = new(["votes", "ballots", "nominations", "responses"]);

    private static readonly WordSet CompileVerbs = new(["compiled", "based", "drawn", "decided", "determined"]);

    /// <summary>
    /// "The Libra Tide will cost $199 in the US": an exact retail price a named product (a capitalised word, not the
    /// sentence's first) "will cost" is its launch price, the announcement itself. "The project will cost $50,000" and
    /// "will cost about $199" stay claims.
    /// </summary>
    private static bool IsLaunchPrice(ReadOnlySpan<Token> t, int first, double value, int approximator) =>
        approximator == 0 && value < RetailPriceLimit && first >= 3 && IsWord(t, first - 1, "cost") && t[first - 2].Text is "will" or "would"
        && t[first - 3] is { Kind: TokenKind.Word, IsCapitalized: true };

    /// <summary>
    /// "swum the full length of Windermere, raising more than £12,000 for the hospice": what a fundraiser raised for a
    /// cause is the running total of their appeal, under <see cref="FundraiserLimit"/>. A national appeal's millions stay a claim.
    /// "A fundraising page set up by the club had raised more than £23,000": so is the total of a fundraising page or
    /// crowdfunder named before the verb (figure-fundraiser-nouns.txt), which anyone can read on the page. "raised an
    /// estimated £18,000 for the hospice" is someone's estimate, not a total on record, and stays a claim.
    /// </summary>
    private bool IsFundraiserTotal(ReadOnlySpan<Token> t, int first, int end, double value, int approximator) =>
        value < FundraiserLimit && first >= 1 && t[first - 1].Text is "raising" or "raised" or "raises" && !IsEstimated(t, first, approximator)
        && (IsWord(t, end + 1, "for") || NamesFundraiserBefore(t, first - 1));

    private static bool IsEstimated(ReadOnlySpan<Token> t, int first, int approximator)
    {
        for (var k = first; k < first + approximator && k < t.Length; k++)
        {
            if (t[k].IsIgnoreCase("estimated"))
            {
                return true;
            }
        }

        return false;
    }

    private bool NamesFundraiserBefore(ReadOnlySpan<Token> t, int verb)
    {
        for (var k = 0; k < verb; k++)
        {
            if (t[k].Kind == TokenKind.Word && _words.FundraiserNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const double FundraiserLimit = 1e6;
}
