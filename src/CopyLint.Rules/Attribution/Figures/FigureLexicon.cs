using System.Globalization;
using System.Runtime.CompilerServices;
using CopyLint.Engine;
using CopyLint.Rules.Shared;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>The word lists FigureFinder reads, loaded once per analyzer from the rule data.</summary>
internal sealed class FigureLexicon(RuleDataSet data, Dictionary<string, double> numberWords)
{
    public FigureLexicon(RuleDataSet data)
        : this(data, ParseNumberWords(data.GetList("number-words")))
    {
    }

    public WordSet Units { get; } = WordSet.From(data, "figure-units");

    public WordSet WeightVerbs { get; } = WordSet.From(data, "figure-weight-verbs");

    public WordSet RecordNouns { get; } = WordSet.From(data, "figure-record-nouns");

    public WordSet ServedNouns { get; } = WordSet.From(data, "figure-served-nouns");

    public WordSet RecordContext { get; } = WordSet.From(data, "figure-record-context");

    public WordSet RateVerbs { get; } = WordSet.From(data, "figure-record-rates");

    public WordSet RuleNouns { get; } = WordSet.From(data, "figure-rule-nouns");

    public WordSet AgencyNouns { get; } = WordSet.From(data, "figure-agency-nouns");

    public WordSet BodyNouns { get; } = WordSet.From(data, "figure-body-nouns");

    public WordSet GrantNouns { get; } = WordSet.From(data, "figure-grant-nouns");

    public WordSet DwellingNouns { get; } = WordSet.From(data, "figure-dwelling-nouns");

    public WordSet PlanningNouns { get; } = WordSet.From(data, "figure-planning-nouns");

    public WordSet PlanningVerbs { get; } = WordSet.From(data, "figure-planning-verbs");

    public WordSet SceneVerbs { get; } = WordSet.From(data, "figure-scene-verbs");

    public WordSet RecordPlaces { get; } = WordSet.From(data, "figure-record-places");

    public WordSet AttendanceVerbs { get; } = WordSet.From(data, "figure-attendance-verbs");

    public WordSet TurnoutVerbs { get; } = WordSet.From(data, "figure-turnout-verbs");

    public WordSet FundraiserNouns { get; } = WordSet.From(data, "figure-fundraiser-nouns");

    public WordSet BillNouns { get; } = WordSet.From(data, "figure-bill-nouns");

    public WordSet RecordPenalties { get; } = WordSet.From(data, "figure-record-penalties");

    public WordSet CourtPowerNouns { get; } = WordSet.From(data, "figure-court-power-nouns");

    public WordSet RecordHoldings { get; } = WordSet.From(data, "figure-record-holdings");

    public WordSet CollectionNouns { get; } = WordSet.From(data, "figure-collection-nouns");

    public WordSet CollectionHolders { get; } = WordSet.From(data, "figure-collection-holders");

    public WordSet MemberNouns { get; } = WordSet.From(data, "figure-member-nouns");

    public WordSet FacilityNouns { get; } = WordSet.From(data, "figure-facility-nouns");

    public WordSet EntrantNouns { get; } = WordSet.From(data, "figure-entrant-nouns");

    public WordSet EntryEvents { get; } = WordSet.From(data, "figure-entry-events");

    public WordSet CaseParties { get; } = WordSet.From(data, "figure-case-parties");

    public WordSet TermNouns { get; } = WordSet.From(data, "figure-term-nouns");

    public WordSet GradientNouns { get; } = WordSet.From(data, "figure-gradient-nouns");

    public WordSet PhaseStates { get; } = WordSet.From(data, "figure-phase-states");

    public WordSet ReadingNouns { get; } = WordSet.From(data, "figure-reading-nouns");

    public WordSet CountProgress { get; } = WordSet.From(data, "figure-count-progress");

    public WordSet GrowthVerbs { get; } = WordSet.From(data, "figure-growth-verbs");

    public WordSet PlacePrepositions { get; } = WordSet.From(data, "figure-place-prepositions");

    public WordSet CapacityVerbs { get; } = WordSet.From(data, "figure-capacity-verbs");

    public WordSet VenueNouns { get; } = WordSet.From(data, "figure-venue-nouns");

    public WordSet BuiltWorks { get; } = WordSet.From(data, "figure-built-works");

    public WordSet MeetingNouns { get; } = WordSet.From(data, "figure-meeting-nouns");

    public WordSet EventNouns { get; } = WordSet.From(data, "figure-event-nouns");

    public WordSet CrowdNouns { get; } = WordSet.From(data, "figure-crowd-nouns");

    public WordSet SampleWords { get; } = WordSet.From(data, "figure-sample-words");

    public WordSet ChangeNouns { get; } = WordSet.From(data, "figure-change-nouns");

    public WordSet UpVerbs { get; } = WordSet.From(data, "figure-up-verbs");

    public WordSet OverVerbs { get; } = WordSet.From(data, "figure-over-verbs");

    public WordSet CommitmentWords { get; } = WordSet.From(data, "figure-commitment-words");

    public WordSet CurrencyPrefixes { get; } = WordSet.From(data, "figure-currency-prefixes");

    public WordSet DollarPrefixes { get; } = WordSet.From(data, "figure-dollar-prefixes");

    private readonly WordSet _currencyLetters = WordSet.From(data, "figure-currency-letters");

    /// <summary>The length of the currency's letters ("R", "Dh", "EGP") a word such as "R30-billion" opens with before its digits, or 0.</summary>
    public int CurrencyLetterLength(string word)
    {
        // The capital first: most words the figure screen lets through are lower-case, and need no search for a digit.
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return 0;
        }

        var digit = word.AsSpan().IndexOfAnyInRange('0', '9');
        return digit > 0 && _currencyLetters.Contains(word.AsSpan(0, digit)) ? digit : 0;
    }

    public WordSet PositionVerbs { get; } = WordSet.From(data, "figure-position-verbs");

    public WordSet RequestVerbs { get; } = WordSet.From(data, "figure-request-verbs");

    public WordSet EnactmentVerbs { get; } = WordSet.From(data, "figure-enactment-verbs");

    public WordSet CrewNouns { get; } = WordSet.From(data, "figure-crew-nouns");

    public WordSet CrewVerbs { get; } = WordSet.From(data, "figure-crew-verbs");

    public WordSet DeploymentNouns { get; } = WordSet.From(data, "figure-deployment-nouns");

    public WordSet DeploymentVerbs { get; } = WordSet.From(data, "figure-deployment-verbs");

    public WordSet StockNouns { get; } = WordSet.From(data, "figure-stock-nouns");

    public WordSet StockVerbs { get; } = WordSet.From(data, "figure-stock-verbs");

    public WordSet AdviceVerbs { get; } = WordSet.From(data, "figure-advice-verbs");

    public WordSet TendingVerbs { get; } = WordSet.From(data, "figure-tending-verbs");

    public WordSet ThresholdVerbs { get; } = WordSet.From(data, "figure-threshold-verbs");

    public WordSet AuctionWords { get; } = WordSet.From(data, "figure-auction-words");

    public WordSet LayerVerbs { get; } = WordSet.From(data, "figure-layer-verbs");

    public WordSet RuleSettingVerbs { get; } = WordSet.From(data, "figure-rule-setting-verbs");

    public WordSet RequirementVerbs { get; } = WordSet.From(data, "figure-requirement-verbs");

    public WordSet ConsentNouns { get; } = WordSet.From(data, "figure-consent-nouns");

    public WordSet DecisionWords { get; } = WordSet.From(data, "figure-decision-words");

    public WordSet EstimateVerbs { get; } = WordSet.From(data, "figure-estimate-verbs");

    public WordSet ForecastWords { get; } = WordSet.From(data, "figure-forecast-words");

    public WordSet MarketWords { get; } = WordSet.From(data, "figure-record-market");

    public WordSet MoveVerbs { get; } = WordSet.From(data, "figure-record-moves");

    public WordSet RevisionVerbs { get; } = WordSet.From(data, "figure-revision-verbs");

    public WordSet RevisedTargets { get; } = WordSet.From(data, "figure-revised-targets");

    public WordSet NameWords { get; } = WordSet.From(data, "figure-name-words");

    public WordSet AddressWords { get; } = WordSet.From(data, "figure-address-words");

    public WordSet CurrencyWords { get; } = WordSet.From(data, "figure-currency-words");

    public WordSet ClaimWords { get; } = WordSet.From(data, "figure-claim-words");

    public WordSet DealNouns { get; } = WordSet.From(data, "figure-deal-nouns");

    public WordSet PrizeNouns { get; } = WordSet.From(data, "figure-prize-nouns");

    public WordSet TollWords { get; } = WordSet.From(data, "figure-toll-words");

    public WordSet PriceUnits { get; } = WordSet.From(data, "figure-price-units");

    public WordSet PricePerItem { get; } = WordSet.From(data, "figure-price-per-item");

    public WordSet LossWords { get; } = WordSet.From(data, "figure-loss-words");

    public WordSet PlanWords { get; } = WordSet.From(data, "figure-plan-words");

    public WordSet FunctionWords { get; } = WordSet.From(data, "figure-function-words");

    public WordSet Dates { get; } = WordSet.From(data, "month-names");

    public Cues.PhraseMatcher Approximators { get; } = new(data.GetList("figure-approximators"));

    public Cues.PhraseMatcher MarketStates { get; } = new(data.GetList("figure-record-market-states"));

    public Cues.PhraseMatcher ShareVerbs { get; } = new(data.GetList("figure-share-verbs"));

    public WordSet StakeVerbs { get; } = WordSet.From(data, "figure-stake-verbs");

    public WordSet CompanyNouns { get; } = WordSet.From(data, "company-nouns");

    public Cues.PhraseMatcher CourtOutcomes { get; } = new(data.GetList("figure-court-outcomes"));

    public Cues.PhraseMatcher EmphaticApproximators { get; } = new(data.GetList("figure-emphatic-approximators"));

    public Cues.PhraseMatcher SampleStatistics { get; } = new(data.GetList("figure-sample-statistics"));

    public Cues.PhraseMatcher NarrativeOpeners { get; } = new(data.GetList("figure-narrative-openers"));

    public WordSet PeriodNouns { get; } = WordSet.From(data, "figure-period-nouns");

    /// <summary>Number words and their values ("thousands" 1000, "third" 0.33), from "word value" lines.</summary>
    public WordTable<double> NumberWords { get; } = new(numberWords, (a, _) => a);

    private readonly LetterSet _countStarts = new(CountStarts(numberWords));
    private readonly LetterSet _fractionEnds = new(FractionEnds(numberWords));

    /// <summary>
    /// The number words a figure in words can start with: magnitudes ("thousands"), "tens" and fractions other than "half"
    /// ("a third of"). The others ("a", "two", "several") only multiply a magnitude, found from the magnitude.
    /// </summary>
    private readonly WordSet _figureStarts = new(FigureStarts(numberWords));

    /// <summary>The shortest a hyphenated fraction can be: the shortest count of 1 to 99, a hyphen and the shortest fraction but a half.</summary>
    private readonly int _shortestFraction = ShortestFraction(numberWords);

    /// <summary>Lets through the figure starts and the hyphenated fractions' shapes: most words of copy stop here.</summary>
    public WordScreen Screen { get; } = ScreenOf(numberWords, data.GetList("figure-currency-letters"));

    /// <summary>
    /// For a word <see cref="Screen"/> lets through, false when it starts no figure in words: neither a number word that
    /// can start one nor a hyphenated fraction, as most words ("said" and "other" have a fraction's first and last
    /// letters, but no hyphen). The screen is not asked again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartFigure(string word) =>
        (_figureStarts.Contains(word) || (word.Length >= _shortestFraction && MayBeHyphenatedFraction(word) && word.Contains('-'))
            || CurrencyLetterLength(word) > 0);

    private static WordScreen ScreenOf(Dictionary<string, double> words, IReadOnlyList<string> currencyLetters)
    {
        var screen = new WordScreen(FigureStarts(words));
        screen.AddShapes(ShortestFraction(words), CountStarts(words), FractionEnds(words));
        // "R30-billion", "R2bn", "R4.2", "R500m", "RM1.2bil": a currency's letters, then an amount ending in a digit or a magnitude.
        screen.AddShapes(2, currencyLetters.Where(l => l.Length > 0).Select(l => l[0]), "0123456789nml");
        return screen;
    }

    private static IEnumerable<char> CountStarts(Dictionary<string, double> words) => words.Where(w => w.Value is >= 1 and < 100).Select(w => w.Key[0]);

    private static IEnumerable<char> FractionEnds(Dictionary<string, double> words) => words.Where(w => w.Value < 1).Select(w => w.Key[^1]);

    private static IEnumerable<string> FigureStarts(Dictionary<string, double> words) => words
        .Where(w => w.Value < 1 ? !w.Key.Equals("half", StringComparison.OrdinalIgnoreCase) : !(w.Value < 100) || w.Key.Equals("tens", StringComparison.OrdinalIgnoreCase))
        .Select(w => w.Key);

    /// <summary>As <see cref="FigureFinder"/> reads "two-thirds": a count of at least 1 and under 100, and a fraction under 1 but not 0.5.</summary>
    private static int ShortestFraction(Dictionary<string, double> words)
    {
        var counts = words.Where(w => w.Value is not (< 1 or >= 100)).Select(w => w.Key.Length).DefaultIfEmpty(int.MaxValue / 2).Min();
        var fractions = words.Where(w => w.Value is not (>= 1 or 0.5)).Select(w => w.Key.Length).DefaultIfEmpty(int.MaxValue / 2).Min();
        return counts + 1 + fractions;
    }

    /// <summary>
    /// False for a word that cannot be a hyphenated fraction ("two-thirds": a count of 1 to 99, a hyphen, a fraction)
    /// by its first and last letters, as most words cannot; checked before looking for a hyphen.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeHyphenatedFraction(string word) => word.Length > 2 && _countStarts.Contains(word[0]) && _fractionEnds.Contains(word[^1]);

    /// <summary>The value of a number word given as part of a token ("two" in "two-thirds"), without allocating.</summary>
    public bool TryGetNumber(ReadOnlySpan<char> word, out double value) => NumberWords.TryGetValue(word, out value);

    public bool IsMagnitude(string word) => NumberWords.TryGetValue(word, out var v) && v >= 100;

    public bool IsFraction(string word) => NumberWords.TryGetValue(word, out var v) && v < 1 && !word.Equals("half", StringComparison.OrdinalIgnoreCase);

    public bool IsMultiplier(string word) => NumberWords.TryGetValue(word, out var v) && v >= 0.5 && v < 100;

    private static Dictionary<string, double> ParseNumberWords(IReadOnlyList<string> lines)
    {
        var words = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                words[parts[0]] = value;
            }
        }

        return words;
    }
}
