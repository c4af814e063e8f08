using System.Globalization;
using CopyLint.Engine;
using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Finds the claim-bearing figures of a sentence: counts, money, shares and magnitudes in words. Leaves out what
/// needs no source: dates, years, times, ages, durations and measurements, ordinals, numbers in names and
/// references ("Article 5", "Apollo 11"), scores and other hyphenated compounds, phone numbers, addresses, and
/// figures of record (sports statistics, court outcomes, prices and company results).
/// </summary>
internal sealed partial class FigureFinder(RuleDataSet data)
{
    private const int RecordContextBefore = 8;
    private const int RecordContextAfter = 3;

    private readonly FigureLexicon _words = new(data);

    private const int ClaimWordsBefore = 4;
    private const int ClaimWordsAfter = 3;
    private const int DealWordsBefore = 6;
    private const int TollWordsBefore = 3;
    private const int TollWordsAfter = 6;

    /// <summary>After the counted noun, a determiner opens another phrase ("turned out to honour the dead"): a toll word past it counts something else.</summary>
    private static readonly WordSet Determiners = new(["the", "a", "an", "their", "his", "her", "its", "our", "your", "my", "those", "these"]);

    /// <summary>
    /// Adds the figures of one sentence's content tokens (no trivia) to <paramref name="figures"/>. Unless
    /// <paramref name="exact"/>, an exact figure counts only when what it counts or prices makes it a claim
    /// (figure-claim-words.txt); estimates ("about 5,000", "an estimated") and magnitudes in words always count.
    /// With <paramref name="marketRule"/>, a percentage move in a sentence of market data or after one (<paramref name="before"/>,
    /// the sentence before in the paragraph) is market data; the sentences are read for it only when a figure is such a move.
    /// Unless <paramref name="exemptions"/>, a figure read from a number is added before the exemptions its context may
    /// give it (<see cref="IsExempt(ReadOnlySpan{Token}, Figure)"/>), marked <see cref="Figure.MayBeExempt"/>: a caller that
    /// finds it sourced need not ask them. Numbers that are no figure by the words beside them are never added; with
    /// <paramref name="measures"/>, a measurement is added all the same, marked <see cref="Figure.IsMeasure"/>, for a caller that
    /// finds it hearsay.
    /// </summary>
    /// <returns>Whether a count or sum was left out for being below <paramref name="minimum"/>.</returns>
    public bool Find(ReadOnlySpan<Token> tokens, double minimum, bool exact, List<Figure> figures, bool marketRule = false, ReadOnlySpan<Token> before = default, bool exemptions = true, bool measures = false)
    {
        var belowMinimum = false;
        for (var i = NextCandidate(tokens, 0); i < tokens.Length; i = NextCandidate(tokens, i + 1))
        {
            var last = i;
            var figure = tokens[i].Kind == TokenKind.Number || IsLetterAmount(tokens, i) ? FromNumber(tokens, ref last, minimum, exemptions, measures, ref belowMinimum) : FromWords(tokens, ref last);
            i = last;
            if (figure is null)
            {
                continue;
            }

            if (!(figure.Kind == FigureKind.Share || figure.Value >= minimum || IsCalledAnEstimate(tokens, figure.NumberToken)))
            {
                belowMinimum = true;
            }
            else if ((exact || IsClaim(tokens, figure)) && !(marketRule && IsMove(tokens, figure) && (IsMarketData(tokens) || IsMarketData(before))))
            {
                figures.Add(figure);
            }
        }

        return belowMinimum;
    }

    /// <summary>Whether the figure counts people or animals killed, hurt, missing and the like (<see cref="IsToll(ReadOnlySpan{Token}, int, int)"/>).</summary>
    public bool IsToll(ReadOnlySpan<Token> t, Figure figure) => IsToll(t, figure.FirstToken, figure.LastToken);

    /// <summary>
    /// The first token from <paramref name="from"/> on that may start a figure (a number or a number word), or the
    /// token count: the one look at every token, kept apart from the figure parsing so it runs in registers.
    /// </summary>
    private int NextCandidate(ReadOnlySpan<Token> tokens, int from)
    {
        // The screen reads every token's text, whatever its kind; the few words it lets through are checked exactly.
        var screen = _words.Screen;
        for (from = screen.Next(tokens, from, TokenKind.Number); from < tokens.Length; from = screen.Next(tokens, from + 1, TokenKind.Number))
        {
            if (tokens[from].Kind == TokenKind.Number || (tokens[from].Kind == TokenKind.Word && _words.MayStartFigure(tokens[from].Text)))
            {
                break;
            }
        }

        return from;
    }

    /// <summary>
    /// The figure a number starts, or null; a count or sum below <paramref name="minimum"/> is null before its context
    /// is read, as <see cref="Find"/> would drop it anyway (ages, times and small counts are common). Without
    /// <paramref name="exemptions"/>, the figure is not tested for those its context gives and may be exempt.
    /// </summary>
    private Figure? FromNumber(ReadOnlySpan<Token> t, ref int i, double minimum, bool exemptions, bool measures, ref bool belowMinimum)
    {
        var start = i;
        var kind = FigureKind.Money;
        if (t[i].Kind == TokenKind.Word ? !TryParseLetterAmount(t[i].Text, out var value, out _) : !TryParseNumber(t[i].Text, out value, out kind))
        {
            return null;
        }

        var end = i;
        while (Next(t, end) is { } w && _words.IsMagnitude(w.Text) && !w.Text.EndsWith('s'))
        {
            value *= _words.NumberWords[w.Text];
            end++;
        }

        if (kind != FigureKind.Share && IsPercentWord(t, end + 1, out var percentLength))
        {
            kind = FigureKind.Share;
            end += percentLength;
        }
        else if (Next(t, end) is { } currency && (_words.CurrencyWords.Contains(currency.Text) || (end > start && currency.Text == "won")) && !IsWeightInPounds(t, start, end))
        {
            // "1.4 trillion won": Korea's currency after a magnitude, where "won" is no verb ("the SD won a fifth").
            kind = FigureKind.Money;
            end++;
        }
        else if (kind == FigureKind.Count && CurrencyPrefix(t, start) > 0)
        {
            kind = FigureKind.Money;
        }

        i = end;
        if (kind != FigureKind.Share && value < minimum && !IsCalledAnEstimate(t, start))
        {
            belowMinimum = true;
            return null;
        }

        var approximator = ApproximatorBefore(t, start);
        var measure = measures && IsMeasurement(t, start, end, kind);
        return IsNoFigure(t, start, end, kind, approximator, measure) || (exemptions && IsExempt(t, start, end, kind, value, approximator))
            ? null
            : Create(t, start, end, kind, value, approximator, mayBeExempt: !exemptions) with { IsMeasure = measure };
    }

    /// <summary>
    /// "An estimated 80 residents": a figure the copy itself calls an estimate is someone's estimate at any size, so the
    /// minimum that keeps small counts out does not apply to it.
    /// </summary>
    private static bool IsCalledAnEstimate(ReadOnlySpan<Token> t, int number) =>
        IsWord(t, number - 1, "estimated") && IsWord(t, number - 2, "an");

    /// <summary>Whether a figure <see cref="Find"/> added untested (<see cref="Figure.MayBeExempt"/>) needs no source after all.</summary>
    public bool IsExempt(ReadOnlySpan<Token> t, Figure figure) => IsExempt(t, figure, hedged: false);

    /// <summary>
    /// <see cref="IsExempt(ReadOnlySpan{Token}, Figure)"/> for a figure whose only source is a hedge (<paramref name="hedged"/>):
    /// then a subject's own position is hearsay, not its statement ("It is understood the attackers demanded a ransom of $5 million").
    /// </summary>
    public bool IsExempt(ReadOnlySpan<Token> t, Figure figure, bool hedged) =>
        IsExempt(t, figure.NumberToken, figure.LastToken, figure.Kind, figure.Value, figure.NumberToken - figure.FirstToken, hedged);

    /// <summary>
    /// Whether the number at <paramref name="start"/> (to <paramref name="end"/>, after an approximator of
    /// <paramref name="approximator"/> words) is no figure by the words just beside it: an age, a date, a name or
    /// reference, an address, a measurement or a bare count. A few look-ups, asked before anything else.
    /// </summary>
    private bool IsNoFigure(ReadOnlySpan<Token> t, int start, int end, FigureKind kind, int approximator, bool measure = false) =>
        IsAgeApposition(t, start, end) || IsDate(t, start, end) || IsName(t, start, approximator) || IsAddress(t, end)
            || (!measure && IsMeasurement(t, start, end, kind))
            || (kind == FigureKind.Count && (IsBare(t, end, approximator) || IsAge(t, start - approximator, end) || IsLengthLimit(t, start, end, approximator)));

    /// <summary>
    /// "about 4,000 square kilometres", "roughly 123 light years", "about 1,400 more acres": a count with a unit after
    /// it (past a word of comparison) measures a thing.
    /// </summary>
    private bool IsMeasurement(ReadOnlySpan<Token> t, int start, int end, FigureKind kind)
    {
        if (kind == FigureKind.Count && IsWeightInPounds(t, start, end))
        {
            return true;
        }

        if (kind == FigureKind.Count && Next(t, end) is { Text: "more" or "fewer" or "less" or "additional" or "extra" })
        {
            end++;
        }

        end = RangeEnd(t, end);
        return kind == FigureKind.Count && Next(t, end) is { } unit && (_words.Units.Contains(unit.Text) || IsTwoWordDistance(t, end));
    }

    private const int WeightWordsBefore = 5;

    /// <summary>
    /// "must weigh no more than 136 pounds", "weighed in at just under 147 pounds", "tipped the scales at 215 pounds": pounds
    /// after a verb of weighing a few words before the figure (figure-weight-verbs.txt) are a weight, not a sum of money.
    /// </summary>
    private bool IsWeightInPounds(ReadOnlySpan<Token> t, int start, int end)
    {
        if (Next(t, end) is not { Text: "pounds" or "pound" })
        {
            return false;
        }

        for (var k = start - 1; k >= 0 && k >= start - WeightWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.WeightVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "flourished about 3,000 to 4,500 years ago", "between 20 and 30 metres": the first number of a range is measured by
    /// the unit after the second, so the range ends at the second number; any other number ends where it is.
    /// </summary>
    private static int RangeEnd(ReadOnlySpan<Token> t, int end) =>
        (IsWord(t, end + 1, "to") || IsWord(t, end + 1, "and")) && end + 2 < t.Length && t[end + 2].Kind == TokenKind.Number ? end + 2 : end;

    /// <summary>
    /// Whether the figure of the number at <paramref name="start"/> (see <see cref="IsNoFigure"/>) needs no source by its
    /// context: a score, record, rate, threshold, forecast, price, market level or a subject's own position.
    /// </summary>
    private bool IsExempt(ReadOnlySpan<Token> t, int start, int end, FigureKind kind, double value, int approximator, bool hedged = false) =>
        // IsRecord reads up to eleven words around the figure.
        IsRecord(t, start, end, approximator)
            || (kind == FigureKind.Share && (IsRatePaid(t, start, end, approximator) || IsShareUnderDeal(t, start - approximator) || IsLevyRate(t, start - approximator, end) || IsEarlierShareOfRecord(t, start - approximator) || IsShareOfExactTotal(t, start - approximator, end) || IsGappedMoveOfRecord(t, start - approximator) || IsMeasuredShare(t, start - approximator, end) || IsSizeComparison(t, end) || IsGenericThreshold(t, end) || IsShareOfOwnSales(t, end))) || IsThreshold(t, start - approximator) || (kind == FigureKind.Money && IsLayerAttachment(t, start - approximator, end)) || IsScopeBound(t, start - approximator) || IsSizeBand(t, start - approximator, end)
            || (kind == FigureKind.Count && (IsEarlierOfExactCount(t, start - approximator) || IsEstateCount(t, start - approximator, start, end) || IsSetAgainstRequirement(t, end) || IsDwellingsOfRecord(t, start - approximator, end) || IsReportedTraffic(t, start - approximator, end) || IsChamberRecord(t, start - approximator, end) || IsOrderScope(t, start - approximator) || IsMajorityOf(t, start - approximator, end)))
            || IsOwnTestResult(t, start - approximator, end) || IsWritersOwnShare(t, start - approximator, end) || IsOwnTestSentence(t) || IsOutletsOwnVisit(t) || IsListedBySubject(t, start - approximator) || IsOwnDataBasis(t, start - approximator) || IsPartOfExact(t, start - approximator) || IsRankedAmongExact(t, start - approximator, end)
            || (IsForecast(t, start - approximator, end) && !IsCalledEstimated(t, start, approximator)) || IsCommittedTerm(t, start - approximator) || IsRuleOrResult(t, start - approximator, end, kind, approximator) || IsDerived(t, start - approximator, end, kind, value, approximator)
            || (approximator > 0 && IsRestatedBound(t, start, end, kind, value, approximator))
            || (kind == FigureKind.Money && (IsPriceDifference(t, start - approximator, end) || IsBillSum(t, start - approximator) || IsBillClause(t, start - approximator) || IsReceivedUnderDeal(t, start - approximator)
                || IsValuationTerm(t, start - approximator) || IsTotalFunding(t, start - approximator) || IsManagedAssets(t, start - approximator)
                || IsPresaleEstimate(t, start - approximator, end) || IsFrontedBand(t, start - approximator, end)
                || (approximator == 0 && !hedged && IsCourtRecord(t)) || (!hedged && IsMarketValueMove(t, end))))
            || ((IsPrice(t, start - approximator, end, kind, value) || (kind == FigureKind.Money && IsBuiltCost(t, start - approximator, end)) || IsDefinitionOrRate(t, start - approximator, end, kind)
                    || IsGenericPossibility(t, start - approximator) || IsMeasureOfStandingRank(t, start - approximator) || (kind == FigureKind.Count && (IsGrowingThing(t, end) || IsCrewAtWork(t, end) || IsPlannedDeployment(t, end) || IsStoredStock(t, start - approximator, end) || IsHeldCollection(t, start - approximator, end) || IsOwnMembership(t, start - approximator, end) || IsStandingFacilities(t, start - approximator, end) || IsEntryList(t, end) || IsPartiesToCase(t, end) || IsSignatureTally(t, start, end, approximator)))
                    || (kind == FigureKind.Share && (IsResearchersOwnWork(t, start - approximator) || (IsStandingShare(t, start - approximator, end) && !IsCalledEstimated(t, start, approximator)))))
                && !HasHarmWord(t, start - approximator, end))
            || ((IsMarketLevel(t, start, approximator) || IsMarketLevelReached(t, start - approximator, kind) || IsExchangeRate(t, end) || IsEarlierExchangeRate(t, start - approximator)
                    || IsHolding(t, start, approximator) || (!hedged && IsOwnPosition(t, start - approximator)))
                && !HasClaimWord(t, start - approximator, end));

    /// <summary>
    /// "The state is expected to collect an estimated NIS 2 billion": a forecast the copy calls estimated is someone's
    /// estimate, which wants its estimator.
    /// </summary>
    private static bool IsCalledEstimated(ReadOnlySpan<Token> t, int start, int approximator) =>
        approximator > 0 && (IsWord(t, start - 1, "estimated") || IsWord(t, start - 2, "estimated"));

    /// <summary>"roughly 123 light years away", "about 3,540 nautical miles": a distance, a measurement in two words.</summary>
    private static bool IsTwoWordDistance(ReadOnlySpan<Token> t, int end) =>
        (IsWord(t, end + 1, "light") && (IsWord(t, end + 2, "years") || IsWord(t, end + 2, "year")))
        || (IsWord(t, end + 1, "nautical") && (IsWord(t, end + 2, "miles") || IsWord(t, end + 2, "mile")));

    /// <summary>An exact count naming nothing after it ("made 150 on the day"): a score or record, not a claim.</summary>
    private bool IsBare(ReadOnlySpan<Token> t, int end, int approximator) =>
        (end + 1 >= t.Length || t[end + 1].Kind != TokenKind.Word || _words.FunctionWords.Contains(t[end + 1].Text))
        && approximator == 0;

    /// <summary>
    /// The number of words of the approximator just before a figure's first token ("about", "an estimated"), or 0;
    /// read once per figure and handed to every test that asks.
    /// </summary>
    private int ApproximatorBefore(ReadOnlySpan<Token> t, int start)
    {
        var length = _words.Approximators.MatchEndingAt(t, start);
        if (length == 0 && CurrencyPrefix(t, start) is > 0 and var prefix && _words.Approximators.MatchEndingAt(t, start - prefix) is > 0 and var before)
        {
            // "an estimated NIS 2 billion", "about Rs 6,856 crore"
            return IsVerbParticle(t, start - prefix - before, before) ? 0 : before + prefix;
        }

        return IsVerbParticle(t, start - length, length) ? 0 : length;
    }

    /// <summary>
    /// "The Enhanced Retirement Sum goes up to $426,000", "ticked up to 60.1%", "handed over £38,000 in cash": the
    /// approximator of <paramref name="length"/> words from <paramref name="first"/> opens with the particle of the verb
    /// before it (it rises to, it is handed), so it is no bound.
    /// </summary>
    private bool IsVerbParticle(ReadOnlySpan<Token> t, int first, int length) =>
        first >= 1 && ((length == 2 && IsWord(t, first, "up") && _words.UpVerbs.Contains(t[first - 1].Text))
            || (length == 1 && IsWord(t, first, "over") && _words.OverVerbs.Contains(t[first - 1].Text)));

    /// <param name="approximator">What <see cref="ApproximatorBefore"/> says for <paramref name="start"/>.</param>
    /// <param name="bare">A bare magnitude in words (<see cref="Figure.IsBareMagnitude"/>).</param>
    /// <param name="mayBeExempt">A number's figure not yet tested for its exemptions (<see cref="Figure.MayBeExempt"/>).</param>
    private Figure Create(ReadOnlySpan<Token> t, int start, int end, FigureKind kind, double value, int approximator, bool bare = false, bool mayBeExempt = false)
    {
        var estimate = (approximator > 0 && !IsEmphasisOnExact(t, start, approximator)) || (t[start].Kind == TokenKind.Word && !IsLetterAmount(t, start));
        var first = start - approximator;
        var span = TextSpan.FromBounds(t[first].Span.Start, t[end].Span.End);
        // "an estimated US$1 billion": the dollar's letters touch the number, with no space to join them by.
        var text = first < start && IsDollarPrefix(t, start) ? TokenText.Join(t[first..start]) + TokenText.Join(t[start..(end + 1)]) : TokenText.Join(t[first..(end + 1)]);
        return new Figure(span, text, kind, value)
        {
            IsEstimate = estimate, IsBareMagnitude = bare, FirstToken = first, NumberToken = start, LastToken = end, MayBeExempt = mayBeExempt,
        };
    }

    /// <summary>
    /// "As many as 61,449 students": an emphatic bound (figure-emphatic-approximators.txt) before a number written to
    /// <see cref="ExactDigits"/> or more significant digits stresses an exact count; it does not estimate one.
    /// </summary>
    private bool IsEmphasisOnExact(ReadOnlySpan<Token> t, int start, int approximator) =>
        t[start].Kind == TokenKind.Number && _words.EmphaticApproximators.MatchEndingAt(t, start) == approximator
        && SignificantDigits(t[start].Text) >= ExactDigits;

    private const int ExactDigits = 4;

    /// <summary>"4,526 cases": a count in digits with no approximator, written to three or more significant digits, so not a round estimate.</summary>
    public static bool IsExactCount(ReadOnlySpan<Token> t, Figure figure) =>
        figure is { Kind: FigureKind.Count, IsEstimate: false } && figure.FirstToken == figure.NumberToken && t[figure.NumberToken].Kind == TokenKind.Number
        && SignificantDigits(t[figure.NumberToken].Text) >= 3;

    /// <summary>The digits of a number less its trailing zeros: 5 for "61,449", 2 for "15,000" and "$3.5bn".</summary>
    private static int SignificantDigits(string text)
    {
        int digits = 0, zeros = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                zeros = c == '0' && digits > 0 ? zeros + 1 : 0;
                digits += digits > 0 || c != '0' ? 1 : 0;
            }
        }

        return digits - zeros;
    }

    /// <summary>
    /// "Over the next 16 years she trained more than 3,000 midwives": a sentence that opens with a time reckoned from the
    /// sentence before it (figure-narrative-openers.txt), so dated by that sentence's year.
    /// </summary>
    public bool IsDatedByPrevious(ReadOnlySpan<Token> sentence) => _words.NarrativeOpeners.Match(sentence, 0) > 0;

    /// <summary>A sentence of market data: "Shares of the company rose 3% on the Nasdaq.", "The S&amp;P 500 is down about 3%".</summary>
    private bool IsMarketData(ReadOnlySpan<Token> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && (_words.MarketWords.Contains(tokens[k].Text)
                || (tokens[k].Text == "S" && k + 2 < tokens.Length && tokens[k + 1].Text == "&" && tokens[k + 2].Text == "P")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word a figure counts: "flights" in "hundreds of flights", "more than 300 flights" and "nearly 200 more flights".</summary>
    public static string? CountedWord(ReadOnlySpan<Token> t, Figure figure)
    {
        var k = figure.LastToken + 1;
        while (k < t.Length && t[k].Kind == TokenKind.Word && CountedWordLeads.Contains(t[k].Text))
        {
            k++;
        }

        return k < t.Length && t[k].Kind == TokenKind.Word && t[k].Text.Length > 2 ? t[k].Text : null;
    }

    /// <summary>The words between a figure and what it counts: "hundreds of the", "200 more", "500 additional".</summary>
    private static readonly WordSet CountedWordLeads = new(["of", "the", "more", "additional", "extra"]);

    /// <summary>Whether two sentences share a claim or toll word ("displaced", "missing", "killed"), ignoring case.</summary>
    public bool ShareClaimWord(ReadOnlySpan<Token> a, ReadOnlySpan<Token> b)
    {
        foreach (var x in a)
        {
            if (x.Kind != TokenKind.Word || !(_words.ClaimWords.Contains(x.Text) || _words.TollWords.Contains(x.Text)))
            {
                continue;
            }

            foreach (var y in b)
            {
                if (y.Kind == TokenKind.Word && y.IsIgnoreCase(x.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A percentage a move verb puts in motion ("has gained about 30%", "fell 4%") or that measures a move from a level
    /// of the series' own ("about 0.7% firmer than its previous close", "more than 20% below a peak reached in March 2022").
    /// </summary>
    private bool IsMove(ReadOnlySpan<Token> t, Figure figure)
    {
        if (figure.Kind != FigureKind.Share)
        {
            return false;
        }

        if (IsDistanceFromLevel(t, figure.LastToken))
        {
            return true;
        }

        var start = figure.FirstToken;
        for (var k = start - 1; k >= 0 && k >= start - 2 && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.MoveVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        // "Bullion has gained about 8% this week and more than 65% this year": a second figure of the same move.
        if (IsWord(t, start - 1, "and"))
        {
            for (var k = start - 2; k >= 0 && k >= start - CoordinatedMoveReach; k--)
            {
                if (t[k].Kind == TokenKind.Word && _words.MoveVerbs.Contains(t[k].Text))
                {
                    return true;
                }
            }
        }

        // "bringing their decline since May to about 25%": the move so far, a move word a few words before "to".
        if (IsWord(t, start - 1, "to"))
        {
            for (var k = start - 2; k >= 0 && k >= start - MoveWordsBeforeTo && t[k].Kind == TokenKind.Word; k--)
            {
                if (_words.MoveVerbs.Contains(t[k].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const int MoveWordsBeforeTo = 5;

    /// <summary>How far back, before "and", the move a second figure shares may stand ("gained about 8% this week and").</summary>
    private const int CoordinatedMoveReach = 8;

    /// <summary>
    /// "about 0.7% firmer than its previous close", "more than 20% below a peak": a comparative and "than", or "below",
    /// "above" or "off", then within a few words a level of the series' own (a peak, a high, a low, a close).
    /// "about 6 percent below forecasts" names no such level.
    /// </summary>
    private static bool IsDistanceFromLevel(ReadOnlySpan<Token> t, int end)
    {
        var k = end + 1;
        if (k + 1 >= t.Length || t[k].Kind != TokenKind.Word)
        {
            return false;
        }

        if (LevelComparatives.Contains(t[k].Text) && IsWord(t, k + 1, "than"))
        {
            k += 2;
        }
        else if (t[k].Text is "below" or "above" or "off")
        {
            k++;
        }
        else
        {
            return false;
        }

        for (var last = k + LevelWordsAfter; k < t.Length && k <= last && t[k].Kind == TokenKind.Word; k++)
        {
            if (ReferenceLevels.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int LevelWordsAfter = 3;

    private static readonly WordSet LevelComparatives = new(["higher", "lower", "firmer", "weaker", "stronger"]);
    private static readonly WordSet ReferenceLevels = new(["peak", "peaks", "high", "highs", "low", "lows", "close", "level", "levels"]);

    /// <summary>
    /// A figure that makes a claim by its form or context: an estimate or a figure in words, an exact figure that
    /// counts casualties, troops and the like or prices a cost, and a bare magnitude only in a toll claim.
    /// </summary>
    public bool IsClaim(ReadOnlySpan<Token> t, Figure figure) =>
        figure.IsBareMagnitude || IsIdiomaticRound(t, figure)
            ? IsToll(t, figure.FirstToken, figure.LastToken) || (!figure.IsBareMagnitude && HasClaimWord(t, figure.FirstToken, figure.LastToken))
            : figure.IsEstimate || HasClaimWord(t, figure.FirstToken, figure.LastToken) || IsLossProjection(t, figure.FirstToken);

    /// <summary>
    /// "Damage to crops could run to NT$1 billion", "Losses may top $5bn": what a loss could come to is an estimate,
    /// however exact its sum looks; a word of loss a few words before the modal says whose.
    /// </summary>
    private bool IsLossProjection(ReadOnlySpan<Token> t, int first)
    {
        first -= CurrencyPrefix(t, first); // "could run to Rs 500 crore"
        var verb = IsWord(t, first - 1, "to") ? first - 2 : first - 1;
        if (verb < 2 || t[verb].Kind != TokenKind.Word || !ProjectionVerbs.Contains(t[verb].Text) || t[verb - 1].Kind != TokenKind.Word || !ProjectionModals.Contains(t[verb - 1].Text))
        {
            return false;
        }

        for (var k = verb - 2; k >= 0 && k >= verb - 1 - LossWordsBeforeModal && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.LossWords.Contains(t[k].Text) || t[k].IsIgnoreCase("losses"))
            {
                return true;
            }
        }

        return false;
    }

    private const int LossWordsBeforeModal = 4;

    private static readonly WordSet ProjectionModals = new(["could", "may", "might"]);
    private static readonly WordSet ProjectionVerbs = new(["run", "reach", "top", "exceed", "hit", "total"]);

    /// <summary>
    /// "through a thousand small exceptions", "a hundred reasons": "a hundred" or "a thousand" alone is as often a figure
    /// of speech as a count, so, like a bare magnitude, a claim only with a claim or toll word near ("a thousand troops",
    /// "a hundred people were killed"). "a million shells" and "nearly a thousand" stay estimates.
    /// </summary>
    private static bool IsIdiomaticRound(ReadOnlySpan<Token> t, Figure figure) =>
        figure.FirstToken == figure.NumberToken && figure.LastToken == figure.FirstToken + 1 && t[figure.FirstToken].IsIgnoreCase("a")
        && (t[figure.LastToken].IsIgnoreCase("hundred") || t[figure.LastToken].IsIgnoreCase("thousand"));

    /// <summary>
    /// A toll: a word of harm (figure-toll-words.txt) a few words before the figure's tokens <paramref name="start"/>..<paramref name="end"/>
    /// or after them, with no punctuation between ("killed hundreds", "Thousands of people were killed", "hundreds dead");
    /// after them, only up to a determiner that does not follow "of" ("Thousands attended the funerals of those killed").
    /// </summary>
    private bool IsToll(ReadOnlySpan<Token> t, int start, int end)
    {
        for (var k = end + 1; k < t.Length && k <= end + TollWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.TollWords.Contains(t[k].Text))
            {
                return true;
            }

            if (Determiners.Contains(t[k].Text) && !t[k - 1].IsIgnoreCase("of"))
            {
                break;
            }
        }

        for (var k = start - 1; k >= 0 && k >= start - TollWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.TollWords.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A figure (tokens <paramref name="start"/>..<paramref name="end"/>) that counts casualties, troops and the like, or prices a cost.</summary>
    private bool HasClaimWord(ReadOnlySpan<Token> t, int start, int end)
    {
        var after = IsPollAnswer(t, end) ? end : end + ClaimWordsAfter;
        for (var k = end + 1; k < t.Length && k <= after && t[k].Kind == TokenKind.Word; k++)
        {
            // "a bottle for £140 that was worth every penny": the writer's verdict on the price, not a valuation.
            if (_words.ClaimWords.Contains(t[k].Text) && !(t[k].IsIgnoreCase("worth") && (IsWord(t, k + 1, "every") || IsTradedValue(t, k))) && !IsVitalCount(t, k))
            {
                return true;
            }
        }

        for (var k = start - 1; k >= 0 && k >= start - ClaimWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.ClaimWords.Contains(t[k].Text) && !(t[k].Text is "worth" && (IsDealValue(t, k) || IsTradedValue(t, k))) && !IsVitalCount(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a deal with the United Arab Emirates worth $35 billion", "The deal, worth $525 million, will pay …", "tenants pay a
    /// lump-sum deposit, often worth 50% to 80% of a property's value": a deal noun or a noun of a product's terms
    /// (figure-term-nouns.txt) in the clause before "worth", or just before the comma that sets "worth" off in apposition.
    /// </summary>
    private bool IsDealValue(ReadOnlySpan<Token> t, int worth) => IsValueOf(t, worth, _words.DealNouns) || IsValueOf(t, worth, _words.TermNouns);

    private static bool IsValueOf(ReadOnlySpan<Token> t, int worth, WordSet nouns)
    {
        if (HasNounBefore(t, worth, nouns))
        {
            return true;
        }

        var comma = IsWord(t, worth - 1, "often") || IsWord(t, worth - 1, "usually") || IsWord(t, worth - 1, "typically") ? worth - 2 : worth - 1;
        return comma >= 1 && t[comma].Text == "," && HasNounBefore(t, comma, nouns);
    }

    /// <summary>
    /// "Turnover rose to 3.12 billion units worth RM2.96bil from 2.87 billion units worth RM2.51bil on Monday": the value
    /// of a volume of shares traded, in a sentence of the session's turnover or volume, is the exchange's record, as the
    /// volume is. "10,000 shares worth $2m" with no turnover named stays a claim.
    /// </summary>
    private bool IsTradedValue(ReadOnlySpan<Token> t, int worth)
    {
        if (worth < 2 || !(IsWord(t, worth - 1, "units") || IsWord(t, worth - 1, "shares"))
            || !(t[worth - 2].Kind == TokenKind.Number || (t[worth - 2].Kind == TokenKind.Word && _words.IsMagnitude(t[worth - 2].Text))))
        {
            return false;
        }

        foreach (var token in t)
        {
            if (token.Kind == TokenKind.Word && (token.IsIgnoreCase("turnover") || token.IsIgnoreCase("volume")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The victory was worth £351,687 to the owners": a prize noun in the clause before "worth" just before the figure.</summary>
    private bool IsPrizeMoney(ReadOnlySpan<Token> t, int first) => IsWord(t, first - 1, "worth") && HasNounBefore(t, first - 1, _words.PrizeNouns);

    /// <summary>
    /// "The race was worth £625,000, with £351,688 to the winner": a sum after "worth" or "with" in a sentence that says what
    /// goes to the winner is the race's purse and its split, public in the race conditions.
    /// </summary>
    private static bool IsPurseSplit(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "worth") && !IsWord(t, first - 1, "with"))
        {
            return false;
        }

        for (var k = 0; k + 2 < t.Length; k++)
        {
            if (IsWord(t, k, "to") && IsWord(t, k + 1, "the") && IsWord(t, k + 2, "winner"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNounBefore(ReadOnlySpan<Token> t, int worth, WordSet nouns)
    {
        for (var k = worth - 1; k >= 0 && k >= worth - DealWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (nouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses "15,000", "1.5", "5%", "$3bn", "£1.2m". False for what is not a figure: ordinals (10th),
    /// decades (1990s), measurements (5km), times (10:30), hyphenated compounds (45-year-old, 2-1, 2025-05-07),
    /// years (2024) and numbers with a leading zero (phone numbers, codes).
    /// </summary>
    private static bool TryParseNumber(string text, out double value, out FigureKind kind)
    {
        value = 0;
        kind = FigureKind.Count;
        if (text.AsSpan().IndexOfAny("-‐‑:") >= 0)
        {
            return false;
        }

        var money = !char.IsDigit(text[0]);
        var digitsStart = money ? 1 : 0;
        var digitsEnd = digitsStart;
        while (digitsEnd < text.Length && (char.IsDigit(text[digitsEnd]) || text[digitsEnd] is ',' or '.'))
        {
            digitsEnd++;
        }

        var digits = text.AsSpan(digitsStart, digitsEnd - digitsStart);
        var suffix = text.AsSpan(digitsEnd);
        var multiplier = Multiplier(suffix);
        if (!TryParseDigits(digits, out value) || multiplier == 0 || (multiplier > 1 && !money && suffix is "m" or "M"))
        {
            return false;
        }

        var isYear = !money && suffix.Length == 0 && digits.Length == 4 && value is >= 1000 and <= 2100;
        var isCode = digits.Length >= 3 && digits[0] == '0' && !digits.Contains('.');
        if (isYear || isCode)
        {
            return false;
        }

        value *= multiplier;
        kind = suffix is "%" ? FigureKind.Share : money ? FigureKind.Money : FigureKind.Count;
        return true;
    }

    /// <summary>"15,000" as 15000: the digits without their thousands separators, parsed invariantly.</summary>
    private static bool TryParseDigits(ReadOnlySpan<char> digits, out double value)
    {
        // Most figures are whole numbers: read ASCII digits directly (exact below 2^53, as double.TryParse is).
        if (digits.Length is > 0 and <= 15 && TryReadWhole(digits, out var whole))
        {
            value = whole;
            return true;
        }

        Span<char> buffer = stackalloc char[64];
        if (digits.Length > buffer.Length)
        {
            return double.TryParse(digits.ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        var length = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return double.TryParse(buffer[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"15,000" as 15000 in one pass, when the text is ASCII digits and commas with a digit among them.</summary>
    private static bool TryReadWhole(ReadOnlySpan<char> digits, out long whole)
    {
        whole = 0;
        var anyDigit = false;
        foreach (var c in digits)
        {
            if (c == ',')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            whole = (whole * 10) + (c - '0');
            anyDigit = true;
        }

        return anyDigit;
    }

    /// <summary>What a number's suffix multiplies it by, ignoring case ("bn" 1e9; "" and "%" 1), or 0 for any other suffix.</summary>
    private static double Multiplier(ReadOnlySpan<char> suffix)
    {
        if (suffix.IsEmpty)
        {
            return 1.0;
        }

        // The longest suffix is three letters; lower-casing (invariant) never changes a text's length.
        Span<char> lower = stackalloc char[3];
        if (suffix.ToLowerInvariant(lower) is not (>= 0 and var length))
        {
            return 0;
        }

        return lower[..length] switch
        {
            "%" => 1.0,
            "k" => 1e3,
            "m" or "mn" or "mil" => 1e6,
            "bn" or "b" or "bil" => 1e9, // "RM1.2bil", "RM500mil": The Star's and the NST's style
            "tn" or "trn" => 1e12,
            _ => 0,
        };
    }

    private static bool IsPercentWord(ReadOnlySpan<Token> t, int at, out int length)
    {
        length = IsWord(t, at, "per") && IsWord(t, at + 1, "cent") ? 2
            : IsWord(t, at, "percent") || IsWord(t, at, "pc") ? 1
            : 0;
        return length > 0;
    }

    private bool IsDate(ReadOnlySpan<Token> t, int start, int end) =>
        (Previous(t, start) is { } before && (_words.Dates.Contains(before.Text) || IsEra(before)))
        || (Next(t, end) is { } after && (_words.Dates.Contains(after.Text) || IsEra(after)));

    /// <summary>
    /// "around 2600 B.C.", "3000 BCE", "A.D. 1200": a number beside an era is a year, however far back (a year is
    /// otherwise told by its four digits up to 2100). In capitals only: "500 ad campaigns" counts.
    /// </summary>
    private static bool IsEra(Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(token.Text[0]) && Eras.Contains(token.Text.Replace(".", "", StringComparison.Ordinal));

    private static readonly WordSet Eras = new(["BC", "BCE", "AD", "CE"]);

    /// <summary>"Article 5", "Apollo 11", "page 12", "aged 45": a name, reference or age, not a count.</summary>
    private bool IsName(ReadOnlySpan<Token> t, int start, int approximator)
    {
        if (Previous(t, start) is not { Kind: TokenKind.Word } before || approximator > 0 || CurrencyPrefix(t, start) > 0)
        {
            return false;
        }

        if (_words.NameWords.Contains(before.Text))
        {
            return true;
        }

        var possessive = before.Text.EndsWith("'s", StringComparison.Ordinal) || before.Text.EndsWith("’s", StringComparison.Ordinal);
        var sentenceInitial = start - 1 == 0 || t[start - 2].Kind is TokenKind.Dash or TokenKind.Quote;
        return before.IsCapitalized && !possessive && !sentenceInitial;
    }

    /// <summary>"Jo Smith, 45, said": an age set off by commas after a name.</summary>
    private static bool IsAgeApposition(ReadOnlySpan<Token> t, int start, int end) =>
        start >= 2 && t[start - 1].Text is "," or "(" && t[start - 2] is { Kind: TokenKind.Word, IsCapitalized: true }
        && end + 1 < t.Length && t[end + 1].Text is "," or ")";

    /// <summary>"10 Downing Street", "221B Baker Street".</summary>
    private bool IsAddress(ReadOnlySpan<Token> t, int end) =>
        Next(t, end) is { IsCapitalized: true }
        && ((end + 2 < t.Length && _words.AddressWords.Contains(t[end + 2].Text) && t[end + 2].IsCapitalized)
            || (end + 3 < t.Length && _words.AddressWords.Contains(t[end + 3].Text) && t[end + 3].IsCapitalized));

    /// <summary>
    /// The tokens of a currency written before a number in letters (figure-currency-prefixes.txt: "Rs 45 crore", "Rs. 45
    /// crore", "KSh 2,000"), or 0.
    /// </summary>
    private int CurrencyPrefix(ReadOnlySpan<Token> t, int start)
    {
        var before = start >= 2 && t[start - 1].Text == "." ? start - 2 : start - 1;
        return (before >= 0 && t[before].Kind == TokenKind.Word && _words.CurrencyPrefixes.Contains(t[before].Text)) || IsDollarPrefix(t, start) ? start - before : 0;
    }

    private static Token? Previous(ReadOnlySpan<Token> t, int i) => i > 0 ? t[i - 1] : null;

    private static Token? Next(ReadOnlySpan<Token> t, int i) => i + 1 < t.Length && t[i + 1].Kind == TokenKind.Word ? t[i + 1] : null;

    /// <summary>One of the first <paramref name="reach"/> words straight after the figure, before any other token, is in <paramref name="words"/>.</summary>
    private static bool HasWordAfter(ReadOnlySpan<Token> t, int end, int reach, WordSet words)
    {
        for (var k = end + 1; k < t.Length && k <= end + reach && t[k].Kind == TokenKind.Word; k++)
        {
            if (words.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWord(ReadOnlySpan<Token> t, int at, string word) => (uint)at < (uint)t.Length && t[at].Kind == TokenKind.Word && t[at].IsIgnoreCase(word);
}
