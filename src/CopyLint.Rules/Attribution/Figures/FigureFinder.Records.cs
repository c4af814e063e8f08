using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Figures of record and background that need no source: statistics, places, penalties, holdings and targets
/// (<see cref="IsRecord"/>), and the approximate figures that are prices, rates, thresholds, forecasts, market levels
/// or a subject's own position rather than claims.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// A figure of record: a statistic noun a few words after it ("32 points", "€30,000 in prize money"), record
    /// context a few words before it ("fined £500", "profit rose 12% to £2.3bn"), the size of a place
    /// ("a city of about 550,000 people") or a penalty ("fines of up to £18m").
    /// </summary>
    private bool IsRecord(ReadOnlySpan<Token> t, int start, int end, int approximator)
    {
        if (IsPlaceOrPenaltyOf(t, start, approximator) || IsAttendance(t, start, end, approximator) || IsPopulation(t, start - approximator, end) || IsSetTarget(t, start - approximator)
            || IsRevisedTarget(t, start - approximator) || IsSampleStatistic(t, start - approximator) || IsPrizeMoney(t, start - approximator) || IsTerm(t, start, approximator)
            || IsPutAt(t, start - approximator) || IsRequirement(t, start - approximator) || IsPenaltyAllowed(t, start - approximator)
            || ((approximator > 0 || t[start].Kind == TokenKind.Word) && IsSceneCount(t, start - approximator, end)))
        {
            return true;
        }

        for (var k = end + 1; k < t.Length && k <= end + RecordContextAfter && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.RecordNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        // The approximator is part of the figure, so the window counts back from it ("signed him … for about £5.8m").
        for (var k = start - 1; k >= 0 && k >= start - approximator - RecordContextBefore; k--)
        {
            if (t[k].Kind == TokenKind.Punctuation && t[k].Text is ";" or ":")
            {
                break;
            }

            if (t[k].Kind == TokenKind.Word && _words.RecordContext.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a city of (about) 550,000", "a population of 2,000", "fines of up to 49.5 million": the figure follows "of"
    /// and a place noun or a penalty noun, so it is the size of a place or the penalty a law or court sets.
    /// </summary>
    private bool IsPlaceOrPenaltyOf(ReadOnlySpan<Token> t, int start, int approximator) =>
        NounBeforeOf(t, start, approximator) is { } noun && (_words.RecordPlaces.Contains(noun) || _words.RecordPenalties.Contains(noun));

    /// <summary>
    /// An event's attendance: a bare count in digits as the object of a verb of figure-attendance-verbs.txt, ending its
    /// clause ("the match drew more than 28,000, and …"), the crowd of record that "a crowd of 28,000" gives.
    /// </summary>
    private bool IsAttendance(ReadOnlySpan<Token> t, int start, int end, int approximator)
    {
        var verb = start - approximator - 1;
        return start == end && verb >= 0 && t[start].Kind == TokenKind.Number && char.IsAsciiDigit(t[start].Text[0]) && char.IsAsciiDigit(t[start].Text[^1])
            && (end + 1 >= t.Length || t[end + 1].Kind == TokenKind.Punctuation)
            && t[verb].Kind == TokenKind.Word && _words.AttendanceVerbs.Contains(t[verb].Text);
    }

    /// <summary>
    /// "The crowd, which the Pakistan Cricket Board put at about 14,000", "the ministry puts the cost at about $2bn": an
    /// estimate verb in the active voice (figure-estimate-verbs.txt), its object between, just before "at" and the figure
    /// names who estimates it. "The crowd was put at about 14,000" names nobody and stays a claim.
    /// </summary>
    private bool IsPutAt(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "at"))
        {
            return false;
        }

        for (var verb = first - 2; verb >= 1 && verb >= first - 2 - MaxEstimateObjectWords && t[verb].Kind == TokenKind.Word; verb--)
        {
            if (_words.EstimateVerbs.Contains(t[verb].Text))
            {
                var before = verb - 1;
                if (t[before].Kind == TokenKind.Word && t[before].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && before > 0)
                {
                    before--; // "was officially put at"
                }

                return !(t[before].Kind == TokenKind.Word && (Passive.Contains(t[before].Text) || t[before].IsIgnoreCase("being")));
            }
        }

        return false;
    }

    private const int MaxEstimateObjectWords = 4;

    /// <summary>
    /// "The deal requires approval from two-thirds of shareholders", "needs the support of at least 60 senators": after a
    /// consent noun (figure-consent-nouns.txt) and "of" or "from", with a verb of requirement (figure-requirement-verbs.txt)
    /// a few words before it, the figure is the threshold a rule sets. "It has the support of about 60 senators" counts.
    /// </summary>
    private bool IsRequirement(ReadOnlySpan<Token> t, int first)
    {
        var noun = first - 2;
        if (noun < 1 || !(IsWord(t, first - 1, "of") || IsWord(t, first - 1, "from")) || t[noun].Kind != TokenKind.Word || !_words.ConsentNouns.Contains(t[noun].Text))
        {
            return false;
        }

        for (var k = noun - 1; k >= 0 && k >= noun - RequirementWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.RequirementVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int RequirementWordsBefore = 3;

    /// <summary>
    /// "Under data protection law, the regulator can fine companies up to £17.5m": a penalty verb (figure-record-penalties.txt)
    /// after a modal or "to", its object between, is the penalty a law allows. "The fines were paid by about 3,000 drivers" counts.
    /// </summary>
    private bool IsPenaltyAllowed(ReadOnlySpan<Token> t, int first)
    {
        for (var verb = first - 1; verb >= 1 && verb >= first - 1 - MaxPenaltyObjectWords && t[verb].Kind == TokenKind.Word; verb--)
        {
            if (_words.RecordPenalties.Contains(t[verb].Text))
            {
                return t[verb - 1].Text is "can" or "could" or "may" or "might" or "will" or "would" or "to";
            }
        }

        return false;
    }

    private const int MaxPenaltyObjectWords = 3;

    /// <summary>
    /// "The yen strengthened to around 148 against the U.S. dollar", "at about 16,300 per dollar": a figure priced against a
    /// currency is an exchange rate, a market level of record.
    /// </summary>
    private bool IsExchangeRate(ReadOnlySpan<Token> t, int end)
    {
        var k = end + 1;
        if (!(IsWord(t, k, "against") || IsWord(t, k, "to") || IsWord(t, k, "per")))
        {
            return false;
        }

        k += IsWord(t, k + 1, "the") ? 2 : 1;
        for (var name = 0; name < 2 && k < t.Length && t[k].Kind == TokenKind.Word && t[k].IsCapitalized && !IsCurrency(t[k].Text); name++)
        {
            k++; // "the U.S. dollar", "the Australian dollar"
        }

        // "about €2bn to the euro zone's rescue fund" pays into something named after the currency.
        return k < t.Length && t[k].Kind == TokenKind.Word && IsCurrency(t[k].Text)
            && (k + 1 >= t.Length || t[k + 1].Kind != TokenKind.Word || _words.FunctionWords.Contains(t[k + 1].Text));
    }

    private bool IsCurrency(string word) => _words.CurrencyWords.Contains(word) || word is "pound" or "greenback";

    /// <summary>"strengthened to around 148 against the dollar, from around 150 before it": the rate a move started from.</summary>
    private bool IsEarlierExchangeRate(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "from"))
        {
            return false;
        }

        for (var k = first - 2; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Number && IsExchangeRate(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A term of a deal or a product, which the deal or the product's terms publish: "for borrowers with a deposit of at
    /// least 40%" (a noun of figure-term-nouns.txt before "of"), and a capacity a modal puts in the terms ("centres that could
    /// hold up to 3,000 men", "a stadium that will seat about 60,000"; figure-capacity-verbs.txt). "The camp holds about
    /// 50,000 refugees" counts who is there now and stays a claim.
    /// </summary>
    private bool IsTerm(ReadOnlySpan<Token> t, int start, int approximator)
    {
        if (NounBeforeOf(t, start, approximator) is { } noun && _words.TermNouns.Contains(noun))
        {
            return true;
        }

        var verb = start - approximator - 1;
        return verb >= 1 && t[verb - 1].Text is "can" or "could" or "will" or "would" or "may" or "might"
            && t[verb].Kind == TokenKind.Word && _words.CapacityVerbs.Contains(t[verb].Text);
    }

    /// <summary>
    /// "gets about 88% of its revenue from data centres, up from about 60% two years ago": after "up from" or "down from",
    /// the earlier value of a share of record earlier in its sentence is the same published measure. "About 30% of staff
    /// work from home, up from about 10%" compares no figure of record and stays a claim.
    /// </summary>
    private bool IsEarlierShareOfRecord(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "from") || !(IsWord(t, first - 2, "up") || IsWord(t, first - 2, "down")))
        {
            return false;
        }

        for (var k = first - 3; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Number && t[k].Text.EndsWith('%') && IsRecord(t, k, k, ApproximatorBefore(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The reporter's own view of a scene, counted roughly (an exact count is still a claim): onlookers in an "as" clause
    /// ("as about 200 people looked on") or a crowd in the present progressive of live copy ("several hundred journalists
    /// … are standing on the grass"), a verb of figure-scene-verbs.txt within a few words of the figure. "About 200 people
    /// were killed" has no such verb.
    /// </summary>
    private bool IsSceneCount(ReadOnlySpan<Token> t, int first, int end)
    {
        var onlookers = IsWord(t, first - 1, "as");
        for (var k = end + 2; k < t.Length && k <= end + SceneWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            var progressive = t[k - 1].Text is "are" or "is" && t[k].Text.EndsWith("ing", StringComparison.Ordinal);
            if ((onlookers || progressive) && _words.SceneVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int SceneWordsAfter = 6;

    /// <summary>
    /// "the nearby community of Creighton, where about 1,200 people live": how many people live in a place named just
    /// before (a noun of figure-record-places.txt) is background of record, like "a town of 1,200 people". A camp's
    /// count ("the camp, where about 50,000 people live") is not a place's size and stays a claim.
    /// </summary>
    private bool IsPopulation(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first < 1 || !IsWord(t, first - 1, "where"))
        {
            return false;
        }

        var verb = end + 1 < t.Length && t[end + 1].Text is "people" or "residents" or "inhabitants" ? end + 2 : end + 1;
        if (verb >= t.Length || t[verb].Text is not ("live" or "lived"))
        {
            return false;
        }

        for (var k = first - 2; k >= 0 && k >= first - 7; k--)
        {
            if (t[k].Kind == TokenKind.Word && _words.RecordPlaces.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "which has a fleet of about 150 aircraft", "its workforce of 20,000": what the subject has (figure-record-holdings.txt),
    /// owned in so many words ("its", "their", or "has", "with" and the like before "a"); "a fleet of more than 300 ships
    /// is waiting" counts what the reporter sees or is told, a claim.
    /// </summary>
    private bool IsHolding(ReadOnlySpan<Token> t, int start, int approximator)
    {
        var of = start - approximator - 1;
        if (of < 2 || !IsWord(t, of, "of") || t[of - 1].Kind != TokenKind.Word || !_words.RecordHoldings.Contains(t[of - 1].Text))
        {
            return false;
        }

        var determiner = t[of - 2];
        return determiner.Kind == TokenKind.Word
            && (determiner.Text is "its" or "their"
                || (determiner.Text is "a" or "an" && of >= 3 && t[of - 3].Kind == TokenKind.Word && Owning.Contains(t[of - 3].Text)));
    }

    /// <summary>
    /// "the government has set a target of a million speakers by 2050", "its goal of 300,000 homes": a target owned by
    /// its setter, a possessive or the subject of a setting verb, is the setter's published policy, not an estimate.
    /// "a target of 300,000 homes was missed" names no setter and stays a claim.
    /// </summary>
    private static bool IsSetTarget(ReadOnlySpan<Token> t, int first)
    {
        var of = first - 1;
        if (of < 2 || !IsWord(t, of, "of") || t[of - 1].Kind != TokenKind.Word || !Targets.Contains(t[of - 1].Text) || t[of - 2].Kind != TokenKind.Word)
        {
            return false;
        }

        var determiner = t[of - 2].Text;
        if (IsOwner(determiner))
        {
            return true;
        }

        var verb = of - 3;
        if (determiner is not ("a" or "an") || verb < 1 || t[verb].Kind != TokenKind.Word || !SettingVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        var subject = Auxiliaries.Contains(t[verb - 1].Text) ? verb - 2 : verb - 1;
        return subject >= 0 && t[subject].Kind == TokenKind.Word && !NotSubjects.Contains(t[subject].Text) && !Passive.Contains(t[subject].Text);
    }

    /// <summary>
    /// "The bank raised its target for return on tangible equity, a key measure of profitability, to more than 12% for
    /// 2026, from around 11% previously": the figures a setter revises its own target, forecast or guidance to and from
    /// (figure-revision-verbs.txt, figure-revised-targets.txt, owned by "its", "their" or a possessive) are its published
    /// policy, sourced by the subject. "The target was raised to 12%" names no setter and stays a claim.
    /// </summary>
    private bool IsRevisedTarget(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "to") && !IsWord(t, first - 1, "from"))
        {
            return false;
        }

        for (var noun = first - 2; noun >= 2 && noun >= first - RevisionWordsBefore; noun--)
        {
            // "…, while unemployment rose to about 12%": the figure belongs to the move, not to the revision before it.
            if ((t[noun].Kind == TokenKind.Punctuation && t[noun].Text is ";" or ":") || (t[noun].Kind == TokenKind.Word && _words.MoveVerbs.Contains(t[noun].Text)))
            {
                return false;
            }

            if (t[noun].Kind == TokenKind.Word && _words.RevisedTargets.Contains(t[noun].Text) && IsOwnedRevision(t, noun))
            {
                return true;
            }
        }

        return false;
    }

    private const int RevisionWordsBefore = 30;

    /// <summary>"raised its target", "cut its full-year guidance", "lowered the company's forecast": a revision verb, then the owner.</summary>
    private bool IsOwnedRevision(ReadOnlySpan<Token> t, int noun)
    {
        for (var owner = noun - 1; owner >= 1 && owner >= noun - 2 && t[owner].Kind == TokenKind.Word; owner--)
        {
            if (IsOwner(t[owner].Text))
            {
                var verb = IsWord(t, owner - 1, "the") ? owner - 2 : owner - 1;
                return verb >= 0 && t[verb].Kind == TokenKind.Word && _words.RevisionVerbs.Contains(t[verb].Text);
            }
        }

        return false;
    }

    /// <summary>"The margin of error is estimated at plus or minus 2.8 per cent": a statistic of a poll's sample (figure-sample-statistics.txt) is its methodology, not a claim.</summary>
    private bool IsSampleStatistic(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first; k >= 1 && k >= first - SampleStatisticWordsBefore && t[k - 1].Kind == TokenKind.Word; k--)
        {
            if (_words.SampleStatistics.MatchEndingAt(t, k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private const int SampleStatisticWordsBefore = 8;

    /// <summary>A possessive that names who owns what follows: "its", "their", "the bank's".</summary>
    private static bool IsOwner(string word) => word is "its" or "their" or "his" or "her" or "our" || IsPossessive(word);

    private static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal));

    private static readonly WordSet Targets = new(["target", "goal", "ambition", "aim"]);
    private static readonly WordSet SettingVerbs = new(["set", "sets", "adopted", "adopts", "announced", "announces", "unveiled", "unveils", "published", "publishes"]);

    private static readonly WordSet Owning = new(["has", "have", "had", "with", "operates", "operate", "operating", "owns", "own", "runs", "run", "employs"]);

    /// <summary>The word before "of" (or "of a") just before the figure and its approximator, or null.</summary>
    private static string? NounBeforeOf(ReadOnlySpan<Token> t, int start, int approximator)
    {
        var of = start - approximator - 1;
        if (of >= 1 && IsWord(t, of, "a"))
        {
            of--; // "villages of a few hundred people"
        }

        return of >= 1 && IsWord(t, of, "of") && t[of - 1].Kind == TokenKind.Word ? t[of - 1].Text : null;
    }

    /// <summary>
    /// "Accounts paying less than 1%, often…", "bonds pay up to 4.3% interest": a rate verb just before a percentage
    /// that ends its phrase is the published rate of a product, not a claim.
    /// </summary>
    private bool IsRatePaid(ReadOnlySpan<Token> t, int start, int end, int approximator) =>
        start - approximator > 0 && t[start - approximator - 1].Kind == TokenKind.Word && _words.RateVerbs.Contains(t[start - approximator - 1].Text)
        && (end + 1 >= t.Length || t[end + 1].Kind != TokenKind.Word || t[end + 1].IsIgnoreCase("interest"));

    /// <summary>
    /// "Kane, who took 141 games, and Agüero, who took 147, are the only others to have done it in fewer than 150": a
    /// bound ("fewer than", "more than") that counts nothing of its own, or what an exact figure of the sentence counts,
    /// and that every exact figure of its kind in the sentence lies within restates those figures; it is no new claim.
    /// </summary>
    private bool IsRestatedBound(ReadOnlySpan<Token> t, int start, int end, FigureKind kind, double value, int approximator)
    {
        var bound = t[start - approximator];
        var below = bound.IsIgnoreCase("fewer") || bound.IsIgnoreCase("less");
        if (!below && !bound.IsIgnoreCase("more") && !bound.IsIgnoreCase("over"))
        {
            return false;
        }

        var counted = CountedAfter(t, end);
        var restated = false;
        var sameThing = counted is null;
        for (var k = 0; k < t.Length; k++)
        {
            if (k == start || t[k].Kind != TokenKind.Number || !TryParseNumber(t[k].Text, out var exact, out var exactKind)
                || exactKind != kind || ApproximatorBefore(t, k) > 0)
            {
                continue;
            }

            if (below ? exact >= value : exact <= value)
            {
                return false;
            }

            restated = true;
            sameThing |= counted is not null && CountedAfter(t, k) is { } other && other.Equals(counted, StringComparison.OrdinalIgnoreCase);
        }

        return restated && sameThing;
    }

    /// <summary>The word just after a figure's last token, or null when none follows or it is a function word ("in fewer than 150.").</summary>
    private string? CountedAfter(ReadOnlySpan<Token> t, int end) =>
        end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && !_words.FunctionWords.Contains(t[end + 1].Text) ? t[end + 1].Text : null;

    /// <summary>
    /// "The vRS costs about £6,000 more than the Elroq 85", "is £2,000 cheaper than a Model Y": the difference between two
    /// prices, in the present tense of a price list ("costs", "is", "are") and against a named thing (a determiner or a
    /// capitalised word after "than"), is the reviewer's arithmetic. "The war costs $5bn more than planned", "than the
    /// original budget" and "than the Pentagon requested" measure an overrun against a plan or a request, a claim.
    /// </summary>
    private bool IsPriceDifference(ReadOnlySpan<Token> t, int first, int end)
    {
        if (IsUndercut(t, first))
        {
            return true;
        }

        if (first < 1 || t[first - 1].Kind != TokenKind.Word || !PriceVerbs.Contains(t[first - 1].Text))
        {
            return false;
        }

        var than = end + 1;
        if (than >= t.Length || t[than].Kind != TokenKind.Word || !PriceComparatives.Contains(t[than].Text))
        {
            return false;
        }

        than += IsWord(t, than + 1, "expensive") ? 2 : 1;
        if (!IsWord(t, than, "than") || than + 1 >= t.Length || t[than + 1] is not { Kind: TokenKind.Word } other
            || !(other.IsCapitalized || NamedThingDeterminers.Contains(other.Text)))
        {
            return false;
        }

        for (var k = than + 1; k < t.Length && t[k].Kind is TokenKind.Word or TokenKind.Number; k++)
        {
            // A past verb makes the comparison a clause about a plan or a request ("than the Pentagon requested").
            if (t[k].Kind == TokenKind.Word && (_words.PlanWords.Contains(t[k].Text) || t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "costs £45,500, which undercuts the equivalent Passat by roughly £1,500": the same difference between two prices,
    /// in the present tense, against a named thing (a determiner or a capitalised word after the verb) and a few words
    /// before "by".
    /// </summary>
    private static bool IsUndercut(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "by"))
        {
            return false;
        }

        for (var k = first - 2; k >= 1 && k >= first - 1 - MaxUndercutObjectWords && t[k].Kind == TokenKind.Word; k--)
        {
            if (IsWord(t, k - 1, "undercuts"))
            {
                return t[k].IsCapitalized || NamedThingDeterminers.Contains(t[k].Text);
            }
        }

        return false;
    }

    private const int MaxUndercutObjectWords = 4;

    /// <summary>
    /// "a bowl of soup costs about 200 kroner (£15)", "cabins cost from about 1,400 kroner (£105) a night", "from about
    /// £220 return": a price, in the present tense of a price list ("costs", or "cost from") or with the unit it is paid
    /// for after it (a parenthesis between allowed), is a matter of record even when rounded. Only a sum a person pays
    /// (under 100,000), unless it is the price of each of them ("cost up to €350m each"): "The scheme costs more than £500,000
    /// a year" and "The war costs about $5bn a month" are estimates, and "The floods cost about £200m" a claim.
    /// </summary>
    private bool IsPrice(ReadOnlySpan<Token> t, int first, int end, FigureKind kind, double value)
    {
        if (kind != FigureKind.Money)
        {
            return false;
        }

        // "machines that cost up to €350m each": the unit price of a thing, however large.
        if (value >= RetailPriceLimit)
        {
            return IsWord(t, end + 1, "each") || IsWord(t, end + 1, "apiece");
        }

        var verb = first - 1;
        var from = IsWord(t, verb, "from");
        if (from)
        {
            verb--;
        }

        // "Dinner for four came to about $140": the bill the writer paid.
        if (IsWord(t, verb, "costs") || (from && IsWord(t, verb, "cost")) || (!from && verb >= 1 && IsWord(t, verb, "to") && t[verb - 1].Text is "came" or "comes" or "come"))
        {
            return true;
        }

        var after = end + 1;
        if (after < t.Length && t[after].Text == "(")
        {
            for (var k = after + 1; k < t.Length && k <= after + 4; k++)
            {
                if (t[k].Text == ")")
                {
                    after = k + 1;
                    break;
                }
            }
        }

        if (after >= t.Length || t[after].Kind != TokenKind.Word)
        {
            return false;
        }

        return _words.PricePerItem.Contains(t[after].Text)
            || (t[after].Text is "a" or "an" or "per" && after + 1 < t.Length && t[after + 1].Kind == TokenKind.Word && _words.PriceUnits.Contains(t[after + 1].Text));
    }

    private const double RetailPriceLimit = 1e5;


    /// <summary>
    /// "is generally defined as about 100 steps a minute", "equivalent to about 4,000 homes": a definition or a
    /// conversion, and "(about) 100 steps a minute", "more than 200 cars an hour": a rate, a measurement; neither is a
    /// count of an event. "100 people a day died" stays a toll (<see cref="HasHarmWord"/>).
    /// </summary>
    private bool IsDefinitionOrRate(ReadOnlySpan<Token> t, int first, int end, FigureKind kind)
    {
        if ((IsWord(t, first - 1, "as") && IsWord(t, first - 2, "defined")) || (IsWord(t, first - 1, "to") && IsWord(t, first - 2, "equivalent")))
        {
            return true;
        }

        if (kind != FigureKind.Count)
        {
            return false;
        }

        var per = end + 1;
        if (per < t.Length && t[per].Kind == TokenKind.Word && !_words.FunctionWords.Contains(t[per].Text))
        {
            if (CountedPeople.Contains(t[per].Text))
            {
                return false; // "about 500 people an hour crossed the border" counts a flow of people, a claim
            }

            per++; // the counted noun: "steps"
        }

        return per + 1 < t.Length && t[per].Kind == TokenKind.Word && t[per].Text is "a" or "an" or "per"
            && t[per + 1].Kind == TokenKind.Word && RateUnits.Contains(t[per + 1].Text);
    }

    private static readonly WordSet RateUnits = new(["second", "minute", "hour"]);
    private static readonly WordSet CountedPeople = new(["people", "persons", "men", "women", "children", "residents", "passengers", "visitors", "patients", "workers"]);

    /// <summary>"At solar maximum there can be more than 200 sunspots": what can be, in general, is no count of an event.</summary>
    private static bool IsGenericPossibility(ReadOnlySpan<Token> t, int first) =>
        IsWord(t, first - 1, "be") && IsWord(t, first - 2, "can") && IsWord(t, first - 3, "there");

    /// <summary>
    /// A word of harm or loss near a figure (claim and toll words but "cost" and "worth", and "damage", "lost", "spent"),
    /// which keeps a price, a rate or a definition a claim: "damage of about £200 a head", "100 people a day died".
    /// </summary>
    private bool HasHarmWord(ReadOnlySpan<Token> t, int first, int end)
    {
        for (var k = end + 1; k < t.Length && k <= end + TollWordsAfter && t[k].Kind is TokenKind.Word or TokenKind.Number; k++)
        {
            if (IsHarmWord(t[k]))
            {
                return true;
            }
        }

        for (var k = first - 1; k >= 0 && k >= first - ClaimWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (IsHarmWord(t[k]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHarmWord(Token word) =>
        word.Kind == TokenKind.Word && (_words.LossWords.Contains(word.Text) || _words.TollWords.Contains(word.Text)
            || (_words.ClaimWords.Contains(word.Text) && !word.IsIgnoreCase("cost") && !word.IsIgnoreCase("worth")));

    private static readonly WordSet PriceVerbs = new(["costs", "is", "are"]);
    private static readonly WordSet PriceComparatives = new(["more", "less", "cheaper", "dearer", "pricier"]);
    private static readonly WordSet NamedThingDeterminers = new(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that"]);


    /// <summary>"was steady at around $91,000", "trading at 16,300 to the dollar": a market state gives the level (figure-record-market-states.txt).</summary>
    private bool IsMarketLevel(ReadOnlySpan<Token> t, int first) => _words.MarketStates.MatchEndingAt(t, first) > 0;

    /// <summary>
    /// "Rengo, the largest union group, is seeking pay rises of at least 5%", "Unions are demanding at least 40 percent":
    /// a position verb (figure-position-verbs.txt) a few words before the figure in its clause, with a subject of its own
    /// (a word or the comma closing an apposition before it or its auxiliary) and not in the passive: the subject states
    /// its own position and is the figure's source.
    /// </summary>
    private bool IsOwnPosition(ReadOnlySpan<Token> t, int first)
    {
        for (var k = first - 1; k >= 1 && k >= first - PositionWordsBefore && t[k].Kind == TokenKind.Word && !PositionBoundaries.Contains(t[k].Text); k--)
        {
            if (!_words.PositionVerbs.Contains(t[k].Text))
            {
                continue;
            }

            var subject = k - 1;
            if (Auxiliaries.Contains(t[subject].Text))
            {
                if (Passive.Contains(t[subject].Text) && (t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || t[k].IsIgnoreCase("sought")))
                {
                    return false;
                }

                subject--;
            }

            return subject >= 0 && (t[subject] is { Kind: TokenKind.Word } word ? !NotSubjects.Contains(word.Text) : t[subject].Text == "," && subject > 0 && t[subject - 1].Kind == TokenKind.Word);
        }

        return false;
    }

    private const int PositionWordsBefore = 6;

    /// <summary>
    /// "If the property costs more than £500,000, …", "the first £300,000 of a property worth up to £500,000", "anyone
    /// earning more than £100,000": a value verb (figure-threshold-verbs.txt, "at" allowed after it) just before the figure,
    /// in a clause opened by "if" or "unless", or after a generic noun phrase, is the threshold of a rule, not a claim.
    /// </summary>
    private bool IsThreshold(ReadOnlySpan<Token> t, int first)
    {
        var verb = first - 1;
        if (verb >= 1 && IsWord(t, verb, "at"))
        {
            verb--;
        }

        if (verb < 1 || t[verb].Kind != TokenKind.Word || !_words.ThresholdVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        // "anyone earning", "homes worth"; "(of|on|for) a property worth"
        if (t[verb - 1].Kind == TokenKind.Word && GenericHolders.Contains(t[verb - 1].Text))
        {
            return true;
        }

        for (var k = verb - 1; k >= 1 && k >= verb - 2 && t[k].Kind == TokenKind.Word; k--)
        {
            if (t[k].Text is "a" or "an" or "any" && t[k - 1].Kind == TokenKind.Word && ThresholdPrepositions.Contains(t[k - 1].Text))
            {
                return true;
            }
        }

        for (var k = verb - 1; k >= 0 && k >= verb - ConditionWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (t[k].IsIgnoreCase("if") || t[k].IsIgnoreCase("unless"))
            {
                return true;
            }
        }

        return false;
    }

    private const int ConditionWordsBefore = 8;

    /// <summary>
    /// A forecast, not a claim of fact (figure-forecast-words.txt): the figure in the complement of "expected to" ("is
    /// expected to reach about 15,000", with no punctuation between) or just after "expected at", or a figure after "the"
    /// that a forecast word a few words later refers back to ("the 35% some party sources had expected").
    /// </summary>
    private bool IsForecast(ReadOnlySpan<Token> t, int first, int end)
    {
        for (var k = first - 1; k >= 1 && k >= first - ForecastWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if ((t[k].IsIgnoreCase("to") || (k == first - 1 && t[k].IsIgnoreCase("at"))) && t[k - 1].Kind == TokenKind.Word && _words.ForecastWords.Contains(t[k - 1].Text))
            {
                return true;
            }
        }

        if (first < 1 || !t[first - 1].IsIgnoreCase("the"))
        {
            return false;
        }

        for (var k = end + 1; k < t.Length && k <= end + ForecastWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.ForecastWords.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int ForecastWordsBefore = 5;
    private const int ForecastWordsAfter = 5;

    private static readonly WordSet GenericHolders = new(["anyone", "anybody", "someone", "those", "people", "households", "homes", "properties"]);
    private static readonly WordSet ThresholdPrepositions = new(["of", "on", "for"]);

    private static readonly WordSet PositionBoundaries = new(["that", "which", "who", "because", "after", "while", "when", "but", "if"]);
    private static readonly WordSet Auxiliaries = new(["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might"]);
    private static readonly WordSet Passive = new(["is", "are", "was", "were", "be", "been"]);

    /// <summary>Words before a position verb that make it no finite verb with a subject: "the proposed cut", "to seek", "an offer".</summary>
    private static readonly WordSet NotSubjects = new(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those", "to", "of", "for", "and", "or"]);
}
