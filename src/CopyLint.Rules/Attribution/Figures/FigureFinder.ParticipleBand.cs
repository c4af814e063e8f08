using CopyLint.Text;

namespace CopyLint.Rules.Attribution.Figures;

// A class of things defined by what they do: a legal or scheme band, not a finding.
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "Brewers producing less than 4,500 hectolitres of pure alcohol a year also receive small producer relief": a bound
    /// straight after a plural noun and a participle in -ing, with the noun it counts after it, defines the class a rule or
    /// a scheme covers, as "those that audit more than 100 issuers" does. "Brewers are producing less than 4,500
    /// hectolitres" and "The brewery, producing less than 4,500 hectolitres," say what some did, and count.
    /// </summary>
    private static bool IsParticipleBand(ReadOnlySpan<Token> t, int first, int end)
    {
        if (first < 2 || !IsBound(t[first]) || end + 1 >= t.Length || t[end + 1] is not { Kind: TokenKind.Word, IsCapitalized: false }
            || t[first - 1] is not { Kind: TokenKind.Word, IsCapitalized: false } participle || participle.Text.Length < 6
            || !participle.Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var noun = t[first - 2];
        return noun.Kind == TokenKind.Word && (first == 2 || !noun.IsCapitalized) && noun.Text.Length > 3 && noun.Text[^1] == 's'
            && noun.Text[^2] is not ('s' or '\'' or '’');
    }
}
