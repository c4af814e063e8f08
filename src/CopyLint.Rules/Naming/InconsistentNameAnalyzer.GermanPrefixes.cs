namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>German verb prefixes that make opposite or different nouns of one stem ("An-/Abmeldung", "Auf-/Ausgabe").</summary>
    private static readonly string[] GermanPrefixes = ["an", "ab", "auf", "aus", "ein", "um", "zu", "vor", "nach", "mit", "bei"];

    /// <summary>Endings of German nouns made from a verb with a prefix: "-meldung", "-gabe", "-nahme".</summary>
    private static readonly string[] GermanVerbNounEndings = ["ung", "ungen", "gabe", "nahme"];

    /// <summary>
    /// "the Anmeldung" … "deregister (Abmeldung)": two German nouns of one stem and different prefixes (registering and
    /// deregistering) are two words an explainer glosses, not one name spelled twice. The stem must be a noun made from a
    /// verb ("-ung", "-gabe", "-nahme") of six letters or more, so "Abraham" and "Anraham" stay one name.
    /// </summary>
    private static bool AreGermanPrefixNouns(string x, string y)
    {
        var px = GermanPrefix(x);
        var py = GermanPrefix(y);
        if (px == 0 || py == 0)
        {
            return false;
        }

        var stem = x.AsSpan(px);
        if (stem.Length < 6 || !stem.SequenceEqual(y.AsSpan(py)) || string.Equals(x[..px], y[..py], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var ending in GermanVerbNounEndings)
        {
            if (stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the German prefix <paramref name="word"/> opens on, 0 if none.</summary>
    private static int GermanPrefix(string word)
    {
        foreach (var prefix in GermanPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && char.IsLower(word[prefix.Length]))
            {
                return prefix.Length;
            }
        }

        return 0;
    }
}
