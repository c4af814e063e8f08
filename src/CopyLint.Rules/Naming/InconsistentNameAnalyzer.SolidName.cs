namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "Woo Young-mi, whose label Wooyoungmi": a person's full name of three or more capitalised parts written solid in
    /// one lower-case word is a brand or a handle named after them, not a misspelling. A surname of two words closed up
    /// ("De Niro", "Deniro") and a solid word with a capital inside ("DeNiro") stay reported.
    /// </summary>
    private static bool IsNameWrittenSolid(string a, string b)
    {
        var (solid, full) = a.Contains(' ') ? (b, a) : (a, b);
        return !solid.Contains(' ') && !solid.Contains('-') && !solid.AsSpan(1).ContainsAnyInRange('A', 'Z')
            && full.Split(' ') is { Length: >= 2 } words && words.All(static w => w.Length > 0 && char.IsUpper(w[0]))
            && full.Split(' ', '-').Length >= 3;
    }
}
