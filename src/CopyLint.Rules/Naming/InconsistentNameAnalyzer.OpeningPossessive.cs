namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "Nunez's predecessor …" opening a sentence after "Laurent Nuñez said": a lone capitalised word with a possessive
    /// at a sentence's start proves no name by itself ("Women's football"), but one that a name the article trusts spells
    /// the same but for accents, case or hyphens is that name written another way. The article must not also write the
    /// word in lower case. So is one a letter out from the surname of such a full name, both of six letters or more
    /// ("Mitona's departure" after "Kaoru Mitoma"), as "Mitona said" would be.
    /// </summary>
    private static bool IsOpeningPossessiveVariant(NamingModel model, Mention mention)
    {
        if (mention is not { Length: 1, IsSentenceInitial: true, InHeading: false } || mention.Possessive.Length == 0)
        {
            return false;
        }

        var form = mention.First.Text;
        var hash = NameText.KeyHash(form);
        foreach (var other in model.Mentions)
        {
            var last = other.Last.Text;
            if (last != form && other != mention && model.IsReliable(other)
                && ((NameText.KeyHash(last) == hash && NameText.Key(last) == NameText.Key(form)) || IsFinalSDropped(form, last)
                    || (other.Length >= 2 && IsSurnameSlip(form, last))))
            {
                return !model.IsWrittenInLowerCase(form);
            }
        }

        return false;
    }

    /// <summary>
    /// "Pashinian faces an election" opening a sentence after "Nikol Pashinyan" and "Pashinyan said": a lone word at a
    /// sentence's start is no name by itself, but one that is a surname of a full name the article trusts romanised
    /// another way (<see cref="NameText.IsSlavicYVariant"/>) is that name. The article must not write the word in lower case.
    /// </summary>
    private static bool IsOpeningRomanisationVariant(NamingModel model, Mention mention)
    {
        if (mention is not { Length: 1, IsSentenceInitial: true, InHeading: false })
        {
            return false;
        }

        var form = mention.First.Text;
        foreach (var other in model.Mentions)
        {
            if (other.Length >= 2 && model.IsReliable(other) && NameText.IsSlavicYVariant(other.Last.Text, form))
            {
                return !model.IsWrittenInLowerCase(form);
            }
        }

        return false;
    }

    /// <summary>
    /// "Reynold's shadow" after "Emma Reynolds": the possessive of a name ending in "s" written with the apostrophe before
    /// its "s", at any place in the sentence; every use of the shorter word a possessive with no title ("Prince Edward's"
    /// is a person), no full name ending in it (an "Edward" beside "Huw Edwards" is someone else) and the longer written
    /// in a full name.
    /// </summary>
    private static bool IsApostropheBeforeFinalS(FormStats canonical, FormStats odd, string x, string y, List<FormStats> forms) =>
        IsFinalSDropped(y, x) && Support(canonical, x, forms) >= 2
        && odd.Mentions.All(static m => m.Possessive.Length > 0 && m.NameStart == 0 && m.Honorific is null && m.Title is null)
        && !forms.Exists(f => f.First.Length >= 2 && f.First.Last.Text == y);

    private static bool IsSurnameSlip(string form, string surname) =>
        NameText.LetterCount(form) >= 6 && NameText.LetterCount(surname) >= 6 && NameText.IsOneEditApart(form, surname);

    /// <summary>"Reynold" for "Reynolds": the longer word's final "s" dropped, in a word of five letters or more.</summary>
    private static bool IsFinalSDropped(string shorter, string longer) =>
        shorter.Length >= 5 && longer.Length == shorter.Length + 1 && longer[^1] == 's' && longer.StartsWith(shorter, StringComparison.Ordinal);
}
