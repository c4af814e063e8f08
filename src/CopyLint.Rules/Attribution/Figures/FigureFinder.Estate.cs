using CopyLint.Rules.Shared;
using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

/// <summary>
/// A company's background line: "Walmart operates about 4,600 stores in the US and more than 10,000 worldwide". The
/// count a subject owns, operates or employs (its stores, its staff) is its published estate, and so is every count
/// the same line adds to it or breaks it into.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>An estate count (<see cref="IsEstateAnchor"/>) or a count that adds to or breaks one down (<see cref="IsEstateBreakdown"/>).</summary>
    private bool IsEstateCount(ReadOnlySpan<Token> t, int first, int number, int end) =>
        IsEstateAnchor(t, first, number) || IsEstateBreakdown(t, first, end);

    /// <summary>
    /// A count joined to an estate count of its sentence (<see cref="IsEstateAnchor"/>) by nothing but its counted noun,
    /// places and linking words: "about 2,300 food stores, including more than 800 in rural areas", "about 85,000
    /// stores, including about 21,000 in Japan and around 13,000 in North America", "employs about 40,000 people and
    /// operates about 460 stores". "operates about 460 stores and cut more than 300 jobs" adds a claim, still reported.
    /// </summary>
    private bool IsEstateBreakdown(ReadOnlySpan<Token> t, int first, int end) =>
        IsAfterEstateCount(t, first, EstateChainDepth)
        || (first >= 1 && t[first - 1].Kind == TokenKind.Word && Owning.Contains(t[first - 1].Text) && IsBeforeEstateCount(t, end));

    /// <summary>How many breakdowns may stand between a count and the estate count it breaks down.</summary>
    private const int EstateChainDepth = 3;

    private bool IsAfterEstateCount(ReadOnlySpan<Token> t, int first, int depth)
    {
        var k = first - 1;
        while (k >= 0 && IsEstateLink(t[k]))
        {
            k--;
        }

        for (var nouns = 0; k >= 0 && nouns < MaxCountedNounWords && IsCountedNounWord(t[k]); nouns++)
        {
            k--;
        }

        if (k < 0 || k == first - 1 || t[k].Kind != TokenKind.Number)
        {
            return false;
        }

        var earlier = k - ApproximatorBefore(t, k);
        return IsEstateAnchor(t, earlier, k) || (depth > 1 && IsAfterEstateCount(t, earlier, depth - 1));
    }

    private bool IsBeforeEstateCount(ReadOnlySpan<Token> t, int end)
    {
        var k = end + 1;
        for (var nouns = 0; k < t.Length && nouns < MaxCountedNounWords && IsCountedNounWord(t[k]); nouns++)
        {
            k++;
        }

        var links = k;
        while (k < t.Length && IsEstateLink(t[k]))
        {
            k++;
        }

        var later = k;
        k += _words.Approximators.Match(t, k);
        return later > links && k < t.Length && t[k].Kind == TokenKind.Number && IsEstateAnchor(t, later, k);
    }

    /// <summary>
    /// "operates about 4,600 stores", "operates about 85,000 7-Eleven stores", "The company employs about 2,000 journalists":
    /// a count straight after a verb of owning that is a record by the noun it counts (figure-record-nouns.txt), a brand
    /// between, or the company's own headcount.
    /// </summary>
    private bool IsEstateAnchor(ReadOnlySpan<Token> t, int first, int number)
    {
        if (IsServedBase(t, first, number))
        {
            return true;
        }

        if (first < 1 || t[first - 1].Kind != TokenKind.Word || !Owning.Contains(t[first - 1].Text))
        {
            return false;
        }

        for (var k = number + 1; k < t.Length && k <= number + RecordContextAfter && IsCountedNounWord(t[k]); k++)
        {
            if (_words.RecordNouns.Contains(t[k].Text))
            {
                return true;
            }
        }

        return first < number && IsOwnHeadcount(t, first);
    }

    /// <summary>
    /// "serves about 450,000 customers in 32 counties", "provides water to about 1.7 million residents": who a utility, a
    /// school or a hospital serves, in the present tense, is its standing size (figure-served-nouns.txt). What it served
    /// ("served more than 2,000 customers last month") and how many it serves in a period ("serves about 600 patients a
    /// week") are counts of work, still reported.
    /// </summary>
    private bool IsServedBase(ReadOnlySpan<Token> t, int first, int number)
    {
        var verb = first - 1;
        if (IsWord(t, verb, "to") && verb >= 2 && t[verb - 1] is { Kind: TokenKind.Word, IsCapitalized: false } && ProvideVerbs.Contains(t[verb - 2].Text))
        {
            verb -= 2;
        }
        else if (verb < 0 || t[verb].Kind != TokenKind.Word || !ServeVerbs.Contains(t[verb].Text))
        {
            return false;
        }

        var noun = number + 1;
        while (IsWord(t, noun, "million") || IsWord(t, noun, "thousand") || IsWord(t, noun, "hundred"))
        {
            noun++;
        }

        // "serves about 1.4 million electric customers": one word of the kind of service before the noun. "serves about
        // 2,000 more customers" counts a change, still reported.
        if (noun + 1 < t.Length && t[noun] is { Kind: TokenKind.Word, IsCapitalized: false } && !ServedChangeWords.Contains(t[noun].Text)
            && t[noun + 1].Kind == TokenKind.Word && _words.ServedNouns.Contains(t[noun + 1].Text))
        {
            noun++;
        }

        return noun < t.Length && t[noun].Kind == TokenKind.Word && _words.ServedNouns.Contains(t[noun].Text)
            && !(IsWord(t, noun + 1, "a") || IsWord(t, noun + 1, "per") || IsWord(t, noun + 1, "each"));
    }

    private static readonly WordSet ServedChangeWords = new(["more", "fewer", "less", "new", "additional", "extra", "other", "former", "lost"]);

    private static readonly WordSet ServeVerbs = new(["serves", "serve", "supplies", "supply"]);

    private static readonly WordSet ProvideVerbs = new(["provides", "provide", "supplies", "supply"]);

    /// <summary>What a count counts: "food stores", "vet practices", "7-Eleven stores".</summary>
    private static bool IsCountedNounWord(Token token) =>
        (token.Kind == TokenKind.Word && !token.IsCapitalized && !EstateLinks.Contains(token.Text) && !Owning.Contains(token.Text))
        || (token.Kind == TokenKind.Number && token.Text.Any(char.IsLetter));

    private const int MaxCountedNounWords = 3;

    /// <summary>Between two counts of one estate: commas, places ("in the US"), linking words and verbs of owning.</summary>
    private static bool IsEstateLink(Token token) =>
        token.Text == "," || (token.Kind == TokenKind.Word && (token.IsCapitalized || EstateLinks.Contains(token.Text) || Owning.Contains(token.Text)));

    private static readonly WordSet EstateLinks = new(["and", "including", "across", "in", "the", "of", "which", "worldwide", "nationwide", "overseas", "abroad"]);
}
