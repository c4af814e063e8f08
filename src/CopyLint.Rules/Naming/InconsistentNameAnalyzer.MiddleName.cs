namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "Aled Rees Jones" written once after "Aled Rhys Jones": the same given name and surname around a middle name at
    /// most two letters from the other, with the same initial. Two people who share both names and a middle name so near
    /// are rare; an article that speaks of family ties is left alone, and so are initials ("John F. Kennedy").
    /// </summary>
    private static bool IsMiddleNameSlip(FormStats canonical, FormStats odd, string x, string y, int differing, NamingModel model)
    {
        var a = canonical.First;
        return odd.Count == 1 && a.Length >= 3 && differing > 0 && differing < a.Length - 1 && a.Traditions is null && odd.First.Traditions is null
            && NameText.LetterCount(x) >= 4 && NameText.LetterCount(y) >= 4 && x[0] == y[0] && NameText.Distance(x, y) <= 2
            && !SpeaksOfKinship(model);
    }
}
