namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>Articles and prepositions of the Romance languages, which English copy never puts before a name.</summary>
    private static readonly HashSet<string> RomanceLinks =
        new(["du", "des", "de", "del", "della", "dello", "degli", "di", "da", "das", "do", "dos", "la", "le", "les", "el", "los", "las"], StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="mention"/> keeps the accents of a name in another language that English copy writes without them:
    /// "Conseil des industriels laitiers du Québec" beside "Quebec". The official name is quoted as it is; "the province
    /// of Québec" in English prose is still a second spelling. So too the last word of an organisation's name whose
    /// first word the mention lost to the sentence's opening capital ("Santé Québec said"): a capitalised word straight
    /// before it.
    /// </summary>
    private static bool IsAccentedInForeignName(Mention mention, string plain) =>
        mention.PreviousWord is { } previous && (RomanceLinks.Contains(previous) || char.IsUpper(previous[0]))
        && !System.Text.Ascii.IsValid(mention.Form) && System.Text.Ascii.IsValid(plain)
        && NameText.Key(mention.Form) == NameText.Key(plain);

    /// <summary>Every use of <paramref name="accented"/> is inside a foreign name: the plain spelling is the article's.</summary>
    private static bool OnlyInForeignNames(FormStats accented, FormStats plain)
    {
        foreach (var mention in accented.Mentions)
        {
            if (!IsAccentedInForeignName(mention, plain.Form))
            {
                return false;
            }
        }

        return true;
    }
}
