namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "won the Hong Kong Sprint" … "took the Hong Kong Vase": a name written each time after "the" names a race, a
    /// cup or a building, not a person, so two such names a word apart are two things ("Kim Jong Un" takes no article).
    /// </summary>
    private static bool NamesThings(FormStats canonical, FormStats odd) =>
        canonical.Mentions.All(static m => m.PreviousWord is "the" or "The") && odd.Mentions.All(static m => m.PreviousWord is "the" or "The");
}
