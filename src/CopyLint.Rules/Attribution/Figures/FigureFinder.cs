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
    /// </summary>
    public void Find(ReadOnlySpan<Token> tokens, double minimum, bool exact, List<Figure> figures, bool marketRule = false, ReadOnlySpan<Token> before = default)
    {
        for (var i = NextCandidate(tokens, 0); i < tokens.Length; i = NextCandidate(tokens, i + 1))
        {
            var last = i;
            var figure = tokens[i].Kind == TokenKind.Number ? FromNumber(tokens, ref last, minimum) : FromWords(tokens, ref last);
            i = last;
            if (figure is not null && (figure.Kind == FigureKind.Share || figure.Value >= minimum)
                && (exact || IsClaim(tokens, figure)) && !(marketRule && IsMove(tokens, figure) && (IsMarketData(tokens) || IsMarketData(before))))
            {
                figures.Add(figure);
            }
        }
    }

    /// <summary>
    /// The first token from <paramref name="from"/> on that may start a figure (a number or a number word), or the
    /// token count: the one look at every token, kept apart from the figure parsing so it runs in registers.
    /// </summary>
    private int NextCandidate(ReadOnlySpan<Token> tokens, int from)
    {
        // The screen reads every token's text, whatever its kind; the few it lets through are checked exactly.
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
    /// is read, as <see cref="Find"/> would drop it anyway (ages, times and small counts are common).
    /// </summary>
    private Figure? FromNumber(ReadOnlySpan<Token> t, ref int i, double minimum)
    {
        var start = i;
        if (!TryParseNumber(t[i].Text, out var value, out var kind))
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
        else if (Next(t, end) is { } currency && _words.CurrencyWords.Contains(currency.Text))
        {
            kind = FigureKind.Money;
            end++;
        }

        i = end;
        if (kind != FigureKind.Share && value < minimum)
        {
            return null;
        }

        var approximator = ApproximatorBefore(t, start);
        // Cheap tests first: IsRecord reads up to eleven words around the figure.
        if (IsAgeApposition(t, start, end) || IsDate(t, start, end) || IsName(t, start, approximator) || IsAddress(t, end)
            || (kind == FigureKind.Count && Next(t, end) is { } unit && _words.Units.Contains(unit.Text))
            || (kind == FigureKind.Count && IsBare(t, end, approximator)) || IsRecord(t, start, end, approximator)
            || (kind == FigureKind.Share && IsRatePaid(t, start, end, approximator)) || IsThreshold(t, start - approximator)
            || IsForecast(t, start - approximator, end)
            || (approximator > 0 && IsRestatedBound(t, start, end, kind, value, approximator))
            || (kind == FigureKind.Money && IsPriceDifference(t, start - approximator, end))
            || ((IsPrice(t, start - approximator, end, kind, value) || IsDefinitionOrRate(t, start - approximator, end, kind)
                    || IsGenericPossibility(t, start - approximator))
                && !HasHarmWord(t, start - approximator, end))
            || ((IsMarketLevel(t, start - approximator) || IsHolding(t, start, approximator) || IsOwnPosition(t, start - approximator))
                && !HasClaimWord(t, start - approximator, end)))
        {
            return null;
        }

        return Create(t, start, end, kind, value, approximator);
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
    private static bool IsPriceDifference(ReadOnlySpan<Token> t, int first, int end)
    {
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
            if (t[k].Kind == TokenKind.Word && (PlanWords.Contains(t[k].Text) || t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "a bowl of soup costs about 200 kroner (£15)", "cabins cost from about 1,400 kroner (£105) a night", "from about
    /// £220 return": a price, in the present tense of a price list ("costs", or "cost from") or with the unit it is paid
    /// for after it (a parenthesis between allowed), is a matter of record even when rounded. Only a sum a person pays
    /// (under 100,000): "The scheme costs more than £500,000 a year" and "The war costs about $5bn a month" are estimates,
    /// and "The floods cost about £200m" a claim.
    /// </summary>
    private static bool IsPrice(ReadOnlySpan<Token> t, int first, int end, FigureKind kind, double value)
    {
        if (kind != FigureKind.Money || value >= RetailPriceLimit)
        {
            return false;
        }

        var verb = first - 1;
        var from = IsWord(t, verb, "from");
        if (from)
        {
            verb--;
        }

        if (IsWord(t, verb, "costs") || (from && IsWord(t, verb, "cost")))
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

        return PerItem.Contains(t[after].Text)
            || (t[after].Text is "a" or "an" or "per" && after + 1 < t.Length && t[after + 1].Kind == TokenKind.Word && PriceUnits.Contains(t[after + 1].Text));
    }

    private const double RetailPriceLimit = 1e5;

    private static readonly WordSet PerItem = new(["each", "apiece", "return", "one-way", "pp"]);
    private static readonly WordSet PriceUnits = new(["night", "head", "person", "adult", "child", "ticket", "room", "month", "week", "year", "kilo", "kg", "litre", "pint", "bottle", "glass", "plate", "portion"]);

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
        word.Kind == TokenKind.Word && (LossWords.Contains(word.Text) || _words.TollWords.Contains(word.Text)
            || (_words.ClaimWords.Contains(word.Text) && !word.IsIgnoreCase("cost") && !word.IsIgnoreCase("worth")));

    private static readonly WordSet LossWords = new(["damage", "damages", "lost", "losing", "spent", "spending", "bill"]);

    private static readonly WordSet PriceVerbs = new(["costs", "is", "are"]);
    private static readonly WordSet PriceComparatives = new(["more", "less", "cheaper", "dearer", "pricier"]);
    private static readonly WordSet NamedThingDeterminers = new(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that"]);

    /// <summary>What a cost is measured against when the difference is an overrun, not a price.</summary>
    private static readonly WordSet PlanWords = new(["planned", "budget", "budgeted", "estimate", "estimated", "expected", "forecast", "projected", "original", "originally", "initial", "initially", "agreed", "promised", "last", "previous", "before"]);

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

    /// <summary>An exact count naming nothing after it ("made 150 on the day"): a score or record, not a claim.</summary>
    private bool IsBare(ReadOnlySpan<Token> t, int end, int approximator) =>
        (end + 1 >= t.Length || t[end + 1].Kind != TokenKind.Word || _words.FunctionWords.Contains(t[end + 1].Text))
        && approximator == 0;

    /// <summary>
    /// The number of words of the approximator just before a figure's first token ("about", "an estimated"), or 0;
    /// read once per figure and handed to every test that asks.
    /// </summary>
    private int ApproximatorBefore(ReadOnlySpan<Token> t, int start) => _words.Approximators.MatchEndingAt(t, start);

    /// <param name="approximator">What <see cref="ApproximatorBefore"/> says for <paramref name="start"/>.</param>
    /// <param name="bare">A bare magnitude in words (<see cref="Figure.IsBareMagnitude"/>).</param>
    private Figure Create(ReadOnlySpan<Token> t, int start, int end, FigureKind kind, double value, int approximator, bool bare = false)
    {
        var estimate = approximator > 0 || t[start].Kind == TokenKind.Word;
        start -= approximator;
        var span = TextSpan.FromBounds(t[start].Span.Start, t[end].Span.End);
        var text = TokenText.Join(t[start..(end + 1)]);
        return new Figure(span, text, kind, value) { IsEstimate = estimate, IsBareMagnitude = bare, FirstToken = start, LastToken = end };
    }

    /// <summary>A sentence of market data: "Shares of the company rose 3% on the Nasdaq."</summary>
    private bool IsMarketData(ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && _words.MarketWords.Contains(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word a figure counts: "flights" in "hundreds of flights" and "more than 300 flights".</summary>
    public static string? CountedWord(ReadOnlySpan<Token> t, Figure figure)
    {
        var k = figure.LastToken + 1;
        while (k < t.Length && t[k].Kind == TokenKind.Word && t[k].Text is "of" or "the")
        {
            k++;
        }

        return k < t.Length && t[k].Kind == TokenKind.Word && t[k].Text.Length > 2 ? t[k].Text : null;
    }

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

    /// <summary>A percentage a move verb puts in motion: "has gained about 30%", "fell 4%".</summary>
    private bool IsMove(ReadOnlySpan<Token> t, Figure figure)
    {
        if (figure.Kind != FigureKind.Share)
        {
            return false;
        }

        var start = figure.FirstToken;
        for (var k = start - 1; k >= 0 && k >= start - 2 && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.MoveVerbs.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A figure that makes a claim by its form or context: an estimate or a figure in words, an exact figure that
    /// counts casualties, troops and the like or prices a cost, and a bare magnitude only in a toll claim.
    /// </summary>
    public bool IsClaim(ReadOnlySpan<Token> t, Figure figure) =>
        figure.IsBareMagnitude ? IsToll(t, figure.FirstToken, figure.LastToken) : figure.IsEstimate || HasClaimWord(t, figure.FirstToken, figure.LastToken);

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
        for (var k = end + 1; k < t.Length && k <= end + ClaimWordsAfter && t[k].Kind == TokenKind.Word; k++)
        {
            if (_words.ClaimWords.Contains(t[k].Text))
            {
                return true;
            }
        }

        for (var k = start - 1; k >= 0 && k >= start - ClaimWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (_words.ClaimWords.Contains(t[k].Text) && !(t[k].Text is "worth" && IsDealValue(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a deal with the United Arab Emirates worth $35 billion": a deal noun in the clause before "worth".</summary>
    private bool IsDealValue(ReadOnlySpan<Token> t, int worth) => HasNounBefore(t, worth, _words.DealNouns);

    /// <summary>"The victory was worth £351,687 to the owners": a prize noun in the clause before "worth" just before the figure.</summary>
    private bool IsPrizeMoney(ReadOnlySpan<Token> t, int first) => IsWord(t, first - 1, "worth") && HasNounBefore(t, first - 1, _words.PrizeNouns);

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
            "m" or "mn" => 1e6,
            "bn" or "b" => 1e9,
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
        (Previous(t, start) is { } before && _words.Dates.Contains(before.Text))
        || (Next(t, end) is { } after && _words.Dates.Contains(after.Text));

    /// <summary>"Article 5", "Apollo 11", "page 12", "aged 45": a name, reference or age, not a count.</summary>
    private bool IsName(ReadOnlySpan<Token> t, int start, int approximator)
    {
        if (Previous(t, start) is not { Kind: TokenKind.Word } before || approximator > 0)
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
    /// A figure of record: a statistic noun a few words after it ("32 points", "€30,000 in prize money"), record
    /// context a few words before it ("fined £500", "profit rose 12% to £2.3bn"), the size of a place
    /// ("a city of about 550,000 people") or a penalty ("fines of up to £18m").
    /// </summary>
    private bool IsRecord(ReadOnlySpan<Token> t, int start, int end, int approximator)
    {
        if (IsPlaceOrPenaltyOf(t, start, approximator) || IsPopulation(t, start - approximator, end) || IsSetTarget(t, start - approximator)
            || IsPrizeMoney(t, start - approximator))
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
        if (determiner is "its" or "their" or "his" or "her" or "our" || IsPossessive(determiner))
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

    private static Token? Previous(ReadOnlySpan<Token> t, int i) => i > 0 ? t[i - 1] : null;

    private static Token? Next(ReadOnlySpan<Token> t, int i) => i + 1 < t.Length && t[i + 1].Kind == TokenKind.Word ? t[i + 1] : null;

    private static bool IsWord(ReadOnlySpan<Token> t, int at, string word) => (uint)at < (uint)t.Length && t[at].Kind == TokenKind.Word && t[at].IsIgnoreCase(word);
}
