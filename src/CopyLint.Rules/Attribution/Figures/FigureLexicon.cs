using System.Globalization;
using CopyLint.Engine;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>The word lists FigureFinder reads, loaded once per analyzer from the rule data.</summary>
internal sealed class FigureLexicon(RuleDataSet data)
{
    private static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    public IReadOnlySet<string> Units { get; } = data.GetSet("figure-units", Comparer);

    public IReadOnlySet<string> RecordNouns { get; } = data.GetSet("figure-record-nouns", Comparer);

    public IReadOnlySet<string> RecordContext { get; } = data.GetSet("figure-record-context", Comparer);

    public IReadOnlySet<string> RecordPlaces { get; } = data.GetSet("figure-record-places", Comparer);

    public IReadOnlySet<string> MarketWords { get; } = data.GetSet("figure-record-market", Comparer);

    public IReadOnlySet<string> MoveVerbs { get; } = data.GetSet("figure-record-moves", Comparer);

    public IReadOnlySet<string> NameWords { get; } = data.GetSet("figure-name-words", Comparer);

    public IReadOnlySet<string> AddressWords { get; } = data.GetSet("figure-address-words", Comparer);

    public IReadOnlySet<string> CurrencyWords { get; } = data.GetSet("figure-currency-words", Comparer);

    public IReadOnlySet<string> ClaimWords { get; } = data.GetSet("figure-claim-words", Comparer);

    public IReadOnlySet<string> FunctionWords { get; } = data.GetSet("figure-function-words", Comparer);

    public IReadOnlySet<string> Dates { get; } = data.GetSet("month-names", Comparer);

    public Cues.PhraseMatcher Approximators { get; } = new(data.GetList("figure-approximators"));

    /// <summary>Number words and their values ("thousands" 1000, "third" 0.33), from "word value" lines.</summary>
    public IReadOnlyDictionary<string, double> NumberWords { get; } = ParseNumberWords(data.GetList("number-words"));

    /// <summary>Number words and every word that starts a hyphenated fraction ("two" of "two-thirds"), pre-tested cheaply.</summary>
    public WordFilter<double> NumberWordFilter { get; } = new(ParseNumberWords(data.GetList("number-words")), (a, _) => a);

    private Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> NumberLookup =>
        ((Dictionary<string, double>)NumberWords).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of a number word given as part of a token ("two" in "two-thirds"), without allocating.</summary>
    public bool TryGetNumber(ReadOnlySpan<char> word, out double value) => NumberLookup.TryGetValue(word, out value);

    public bool IsMagnitude(string word) => NumberWords.TryGetValue(word, out var v) && v >= 100;

    public bool IsFraction(string word) => NumberWords.TryGetValue(word, out var v) && v < 1 && !word.Equals("half", StringComparison.OrdinalIgnoreCase);

    public bool IsMultiplier(string word) => NumberWords.TryGetValue(word, out var v) && v >= 0.5 && v < 100;

    private static Dictionary<string, double> ParseNumberWords(IReadOnlyList<string> lines)
    {
        var words = new Dictionary<string, double>(Comparer);
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
