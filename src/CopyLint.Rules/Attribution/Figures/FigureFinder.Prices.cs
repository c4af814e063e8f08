using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// Approximate figures that are prices, rates, exchange rates and market levels rather than claims: what something
/// costs or is worth, published by whoever sells or trades it.
/// </summary>
internal sealed partial class FigureFinder
{
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

        // "about €2bn to the euro zone's rescue fund" pays into something named after the currency; in "depreciated by about
        // 5 percent against the US dollar this year" a period follows a currency's move.
        return k < t.Length && t[k].Kind == TokenKind.Word && IsCurrency(t[k].Text)
            && (k + 1 >= t.Length || t[k + 1].Kind != TokenKind.Word || _words.FunctionWords.Contains(t[k + 1].Text)
                || ((t[end].Text.EndsWith('%') || t[end].Text is "percent" or "cent" or "pc") && t[k + 1].Text is "this" or "last" or "so"));
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
    /// "Nickel prices … have traded around US$15,000 a tonne this year, down from more than US$25,000 in 2023": after "up
    /// from" or "down from", the earlier value of a market level given earlier in its sentence is the same series of record.
    /// "The deficit was about $5m, down from more than $8m" gives no market level and stays a claim.
    /// </summary>
    private bool IsEarlierMarketLevel(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "from") || !(IsWord(t, first - 2, "up") || IsWord(t, first - 2, "down")))
        {
            return false;
        }

        for (var k = first - 3; k >= 0; k--)
        {
            if (t[k].Kind == TokenKind.Number && !DateTokens.IsYear(t[k]))
            {
                var approximator = ApproximatorBefore(t, k);
                return IsMarketLevel(t, k, approximator) || IsMarketLevelReached(t, k - approximator, FigureKind.Money);
            }
        }

        return false;
    }

    /// <summary>
    /// "Accounts paying less than 1%, often…", "bonds pay up to 4.3% interest": a rate verb just before a percentage
    /// that ends its phrase is the published rate of a product, not a claim.
    /// </summary>
    private bool IsRatePaid(ReadOnlySpan<Token> t, int start, int end, int approximator) =>
        start - approximator > 0 && t[start - approximator - 1].Kind == TokenKind.Word && _words.RateVerbs.Contains(t[start - approximator - 1].Text)
        && (end + 1 >= t.Length || t[end + 1].Kind != TokenKind.Word || t[end + 1].IsIgnoreCase("interest"));

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

        if (IsRunningCost(t, end))
        {
            return false;
        }

        if (IsAskingPriceBasis(t, first, end))
        {
            return true; // "Offers over £1.9 million.", whatever the sum
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

        if ((from && IsListPriceOpener(t, verb)) || (!from && IsServicePrice(t, verb)))
        {
            return true; // "Doubles from about 350 lari."
        }

        // "At about $165 it is expensive": a sentence that opens on the price of the thing it goes on to judge.
        if (verb == 0 && IsWord(t, 0, "At") && end + 1 < t.Length && t[end + 1].Text is "it" or "this" or "they" or "these")
        {
            return true;
        }

        // "Dinner for four came to about $140": the bill the writer paid. "prestige cuvées can sell for more than £100": a shelf
        // price; so is what a thing "can cost" in general ("A new bunad can cost 50,000 kroner or more").
        // "Rigid units from a trade supplier cost £4,000 to £8,000": the range a price list quotes for a kind of goods.
        if (IsWord(t, verb, "cost") && end + 2 < t.Length && (IsWord(t, end + 1, "to") || t[end + 1].Text is "-" or "–") && t[end + 2].Kind == TokenKind.Number)
        {
            return true;
        }

        if (IsShelfPrice(t, verb) || IsWord(t, verb, "costs") || (IsWord(t, verb, "cost") && IsWord(t, verb - 1, "can")) || (from && IsWord(t, verb, "cost")) || (!from && verb >= 1 && IsWord(t, verb, "to") && t[verb - 1].Text is "came" or "comes" or "come"))
        {
            return true;
        }

        if (IsNamedProductPrice(t, first, end) || IsPriceBand(t, first, verb) || IsPricePaidByOwners(t, verb))
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
            || (t[after].Text is "a" or "an" or "per" && after + 1 < t.Length && t[after + 1].Kind == TokenKind.Word && _words.PriceUnits.Contains(t[after + 1].Text))
            || IsPriceForParty(t, after) || IsPriceForPayer(t, after);
    }

    /// <summary>
    /// "The school costs £11,400 per pupil a year to run": what a thing costs to run, staff or keep going is a statistic of
    /// its accounts, not a price anyone pays at a counter ("A day pass costs £10" is a price).
    /// </summary>
    private static bool IsRunningCost(ReadOnlySpan<Token> t, int end)
    {
        for (var k = end + 1; k < t.Length - 1 && k <= end + RunningCostWordsAfter; k++)
        {
            if (IsWord(t, k, "to") && t[k + 1].Kind == TokenKind.Word && RunningVerbs.Contains(t[k + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    private const int RunningCostWordsAfter = 5;

    private static readonly WordSet RunningVerbs = new(["run", "operate", "maintain", "staff", "keep"]);

    /// <summary>
    /// "Hive Thermostat Mini (around £150): simple and reliable", "Google Nest Learning Thermostat (4th gen) (around £280)":
    /// a price alone in brackets straight after a product's name is its price in the shops.
    /// </summary>
    private static bool IsNamedProductPrice(ReadOnlySpan<Token> t, int first, int end) =>
        first >= 2 && t[first - 1].Text == "(" && end + 1 < t.Length && t[end + 1].Text == ")"
        && (t[first - 2] is { Kind: TokenKind.Word, IsCapitalized: true } || t[first - 2].Text == ")");

    /// <summary>
    /// "Kittiwake is 31 years old, cost its owners £42,000 in 2009": what a thing cost its owners or buyers is the price
    /// they paid for it, a sale's record. "cost taxpayers £42,000" and "will cost its owners £42,000" are judged.
    /// </summary>
    private static bool IsPricePaidByOwners(ReadOnlySpan<Token> t, int owners) =>
        owners >= 2 && t[owners].Text is "owner" or "owners" or "buyer" or "buyers" && t[owners - 1].Text is "its" or "their" or "his" or "her"
        && IsWord(t, owners - 2, "cost") && !(owners >= 3 && t[owners - 3].Text is "will" or "would" or "could" or "may" or "might" or "to");

    /// <summary>
    /// "eight phones that cost less than $500", "laptops that cost under £800": the upper bound of what a buying guide
    /// covers, in a relative clause, defines its category. "repairs that cost about £5,000" is judged.
    /// </summary>
    private static bool IsPriceBand(ReadOnlySpan<Token> t, int first, int verb) =>
        (IsWord(t, verb, "cost") || IsWord(t, verb, "costs")) && (IsWord(t, verb - 1, "that") || IsWord(t, verb - 1, "which"))
        && first < t.Length && t[first].Kind == TokenKind.Word && BandBounds.Contains(t[first].Text);

    private static readonly WordSet BandBounds = new(["less", "under", "below", "up"]);

    /// <summary>
    /// "About £560 for two, with drinks and service": a restaurant review's bill for the table. Only a party's size ending
    /// its phrase, or with "people": "about £5bn for two years" and "£50,000 for two helicopters" buy something else.
    /// </summary>
    private static bool IsPriceForParty(ReadOnlySpan<Token> t, int after)
    {
        if (!IsWord(t, after, "for") || after + 1 >= t.Length || t[after + 1].Kind != TokenKind.Word || !PartySizes.Contains(t[after + 1].Text))
        {
            return false;
        }

        var next = after + 2;
        return next >= t.Length || t[next].Kind is not (TokenKind.Word or TokenKind.Number) || IsWord(t, next, "people");
    }

    private static readonly WordSet PartySizes = new(["two", "three", "four", "five", "six", "eight"]);

    /// <summary>
    /// "It was built at a cost of about €53 million": what a finished work was built for (a participle of building a few
    /// words before "at a cost of") is the public record of the project. "The war was fought at a cost of about $5bn" and
    /// "will be built at a cost of about £2bn", an estimate of a cost to come, count. So does "The museum, which cost about
    /// $1 billion to build": the past "cost" and an infinitive of building after the sum (<see cref="IsCostToBuild"/>).
    /// </summary>
    private bool IsBuiltCost(ReadOnlySpan<Token> t, int first, int end)
    {
        if (IsCostToBuild(t, first, end) || IsCostOfBuiltWork(t, first))
        {
            return true;
        }

        if (!IsWord(t, first - 1, "of") || !IsWord(t, first - 2, "cost") || !IsWord(t, first - 3, "a") || !IsWord(t, first - 4, "at"))
        {
            return false;
        }

        for (var k = first - 5; k >= 1 && k >= first - 4 - BuiltWordsBefore && t[k].Kind == TokenKind.Word; k--)
        {
            if (BuiltParticiples.Contains(t[k].Text))
            {
                return t[k - 1].Text is "was" or "were" or "been";
            }
        }

        return IsBuiltByNamedBody(t, first - 5);
    }

    /// <summary>
    /// "The terminal, built by the Airports Authority of India (AAI) at a cost of ₹1,112 crore, …": a built work
    /// (figure-built-works.txt) described after its comma by the past participle of building, with its builder named
    /// after "by", is the finished work's cost of record, <paramref name="last"/> being the last token of the name.
    /// "will be built by the council at a cost of", a cost to come, and "built by volunteers at a cost of" stay claims.
    /// </summary>
    private bool IsBuiltByNamedBody(ReadOnlySpan<Token> t, int last)
    {
        var k = last;
        var named = false;
        while (k >= 0 && (t[k].Text is "(" or ")" || IsWord(t, k, "of") || IsWord(t, k, "the") || IsWord(t, k, "and") || IsCapitalisedWord(t[k])))
        {
            named |= IsCapitalisedWord(t[k]);
            k--;
        }

        return named && k >= 3 && IsWord(t, k, "by") && BuiltParticiples.Contains(t[k - 1].Text) && t[k - 2].Text == ","
            && t[k - 3].Kind == TokenKind.Word && _words.BuiltWorks.Contains(t[k - 3].Text);
    }

    private static bool IsCapitalisedWord(Token token) => token.Kind == TokenKind.Word && token.Text.Length > 0 && char.IsUpper(token.Text[0]);

    private const int BuiltWordsBefore = 3;

    /// <summary>
    /// "which cost about $1 billion to build": "cost" after "which", a noun or the comma closing a clause on the subject
    /// ("The bridge, which connects 21 districts, cost about Tk 30,193 crore to build"), then the sum and "to build" (or
    /// another verb of building). "will cost about $2 billion to build" or "is expected to cost" is an estimate of a cost to come.
    /// </summary>
    private static bool IsCostToBuild(ReadOnlySpan<Token> t, int first, int end) =>
        IsWord(t, first - 1, "cost") && first >= 2
        && (t[first - 2].Text == "," || (t[first - 2] is { Kind: TokenKind.Word } subject && !CostToComeWords.Contains(subject.Text)))
        && IsWord(t, end + 1, "to") && end + 2 < t.Length && BuildVerbs.Contains(t[end + 2].Text);

    /// <summary>
    /// "The refinery, which cost about $20 billion, was built over seven years": the past "cost" in a clause set off after
    /// a built work (figure-built-works.txt) is what the finished work came in at. "The war, which cost about $5bn" and
    /// "the project, which will cost about $2bn" stay claims.
    /// </summary>
    private bool IsCostOfBuiltWork(ReadOnlySpan<Token> t, int first) =>
        IsWord(t, first - 1, "cost") && IsWord(t, first - 2, "which") && first >= 4 && t[first - 3].Text == ","
        && t[first - 4].Kind == TokenKind.Word && _words.BuiltWorks.Contains(t[first - 4].Text);

    private static readonly WordSet BuildVerbs = new(["build", "construct", "complete", "renovate", "restore", "rebuild", "refurbish"]);

    /// <summary>Words before "cost" that make it a cost to come or a present one: "will cost", "expected to cost", "could cost".</summary>
    private static readonly WordSet CostToComeWords = new(["will", "would", "could", "might", "may", "must", "should", "can", "to", "does", "do", "shall"]);

    private static readonly WordSet BuiltParticiples = new(["built", "completed", "constructed", "renovated", "restored", "rebuilt", "refurbished"]);

    private const double RetailPriceLimit = 1e5;

    private static readonly WordSet SellVerbs = new(["sell", "sells", "selling", "retail", "retails", "retailing"]);

    /// <summary>
    /// "sell for", "retails at": the price a thing fetches in the shop, read just before the sum; and "monitors sold at
    /// Target, Best Buy and Amazon between January 2024 and October 2025 for about $180": "for" the sum, with "sold" as
    /// the participle describing the goods earlier in the clause, is the shelf price of what was sold.
    /// </summary>
    private static bool IsShelfPrice(ReadOnlySpan<Token> t, int verb)
    {
        if (!(IsWord(t, verb, "for") || IsWord(t, verb, "at")) || verb < 1)
        {
            return false;
        }

        if (t[verb - 1].Kind == TokenKind.Word && SellVerbs.Contains(t[verb - 1].Text))
        {
            return true;
        }

        // "can be bought for about £2,000": what goods of a kind can be had for in the shops ("was bought for" is one sale).
        if (IsWord(t, verb, "for") && verb >= 3 && (IsWord(t, verb - 1, "bought") || IsWord(t, verb - 1, "had")) && IsWord(t, verb - 2, "be")
            && (IsWord(t, verb - 3, "can") || IsWord(t, verb - 3, "could")))
        {
            return true;
        }

        for (var k = verb - 1; k >= 1 && k >= verb - SoldWordsBefore && IsWord(t, verb, "for") && t[k].Text is not (";" or ":" or "."); k--)
        {
            // the participle after its noun and before a place or time ("monitors sold at", "The seat, sold under"), not a
            // finite verb with an object ("The firm sold its stake for …") nor a passive ("were sold at")
            if (IsWord(t, k, "sold") && k + 1 < verb && t[k + 1].Kind == TokenKind.Word && SaleCircumstances.Contains(t[k + 1].Text))
            {
                return t[k - 1].Text == "," || (t[k - 1] is { Kind: TokenKind.Word, IsCapitalized: false } before && !Auxiliaries.Contains(before.Text));
            }
        }

        return false;
    }

    private const int SoldWordsBefore = 20;

    private static readonly WordSet SaleCircumstances = new(["at", "in", "under", "by", "through", "between", "from", "on", "online", "via", "across", "nationwide"]);

    /// <summary>
    /// "is generally defined as about 100 steps a minute", "equivalent to about 4,000 homes": a definition or a
    /// conversion, and "(about) 100 steps a minute", "more than 200 cars an hour": a rate, a measurement; neither is a
    /// count of an event. "100 people a day died" stays a toll (<see cref="HasHarmWord"/>). A share for each unit of
    /// something, "roughly 7% more for each degree of warming", is a rule of thumb, a rate too.
    /// </summary>
    private bool IsDefinitionOrRate(ReadOnlySpan<Token> t, int first, int end, FigureKind kind)
    {
        if ((IsWord(t, first - 1, "as") && IsWord(t, first - 2, "defined")) || (IsWord(t, first - 1, "to") && IsWord(t, first - 2, "equivalent"))
            || (kind == FigureKind.Money && IsUnitOfAccountValue(t, first)))
        {
            return true;
        }

        if (kind == FigureKind.Share)
        {
            var each = end + 1 < t.Length && t[end + 1].Kind == TokenKind.Word && Comparatives.Contains(t[end + 1].Text) ? end + 2 : end + 1;
            return IsWord(t, each, "for") && (IsWord(t, each + 1, "each") || IsWord(t, each + 1, "every"));
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

    /// <summary>
    /// "The UF, or unidad de fomento, is an inflation-linked unit of account …; it is worth about 39,700 pesos": what a
    /// unit of account the sentence glosses is worth in money is a conversion, as an exchange rate is. "The unit is worth
    /// about $2 billion" (a business) and "was worth" (a past value) are claims.
    /// </summary>
    private static bool IsUnitOfAccountValue(ReadOnlySpan<Token> t, int first)
    {
        if (!IsWord(t, first - 1, "worth") || !IsWord(t, first - 2, "is"))
        {
            return false;
        }

        for (var k = first - 3; k >= 2; k--)
        {
            if (IsWord(t, k, "account") && IsWord(t, k - 1, "of") && IsWord(t, k - 2, "unit"))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet RateUnits = new(["second", "minute", "hour"]);
    private static readonly WordSet Comparatives = new(["more", "less", "higher", "lower", "fewer"]);
    private static readonly WordSet CountedPeople = new(["people", "persons", "men", "women", "children", "residents", "passengers", "visitors", "patients", "workers"]);

    /// <summary>"high", "low", "peak": a level of the series' own, before "of" and its price.</summary>
    private static readonly WordSet LevelNouns = new(["high", "low", "peak", "highs", "lows"]);

    private static readonly WordSet PriceVerbs = new(["costs", "is", "are"]);
    private static readonly WordSet PriceComparatives = new(["more", "less", "cheaper", "dearer", "pricier"]);
    private static readonly WordSet NamedThingDeterminers = new(["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that"]);

    /// <summary>
    /// "was steady at around $91,000", "trading at 16,300 to the dollar": a market state gives the level
    /// (figure-record-market-states.txt). A state may end on the figure's own approximator: "The dollar traded around ¥157".
    /// </summary>
    private bool IsMarketLevel(ReadOnlySpan<Token> t, int start, int approximator) =>
        _words.MarketStates.MatchEndingAt(t, start - approximator) > 0
            || (approximator > 0 && t[start - approximator].Kind == TokenKind.Word && _words.MarketStates.MatchEndingAt(t, start - approximator + 1) > 0);

    /// <summary>
    /// "bitcoin fell back to about $93,000 after climbing close to $100,000 last week": in a sentence of market data
    /// (figure-record-market.txt), a price a move verb (figure-record-moves.txt) reaches ("to" or "back to" before the
    /// price, or "close to") is a level of the market, as a market state gives one. "The deficit climbed to about $5m"
    /// names no market and stays a claim, and "lost over £38,000" reaches no level. So is the series' own high or low
    /// ("from a record high of more than $126,000"), and its earlier value after "down from" or "up from".
    /// </summary>
    private bool IsMarketLevelReached(ReadOnlySpan<Token> t, int first, FigureKind kind)
    {
        if (kind != FigureKind.Money)
        {
            return false;
        }

        if (IsEarlierMarketLevel(t, first))
        {
            return true;
        }

        // "extending its slide from a record high of more than $126,000": the series' own high or low is a level of record.
        if (IsWord(t, first - 1, "of") && first >= 2 && t[first - 2].Kind == TokenKind.Word && LevelNouns.Contains(t[first - 2].Text))
        {
            return IsMarketData(t);
        }

        // "fell back to about", "climbing close to": the move's "to" before the figure or closing its approximator.
        var verb = first - 1;
        if (IsWord(t, verb, "to"))
        {
            verb -= IsWord(t, verb - 1, "back") ? 2 : 1;
        }
        else if (!IsWord(t, first + 1, "to"))
        {
            return false;
        }

        return verb >= 0 && t[verb].Kind == TokenKind.Word && _words.MoveVerbs.Contains(t[verb].Text) && IsMarketData(t);
    }
}
