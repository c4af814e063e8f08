namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "Nunez's predecessor …" opening a sentence after "Laurent Nuñez said": a lone capitalised word with a possessive
    /// at a sentence's start proves no name by itself ("Women's football"), but one that a name the article trusts spells
    /// the same but for accents, case or hyphens is that name written another way. The article must not also write the
    /// word in lower case.
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
                && NameText.KeyHash(last) == hash && NameText.Key(last) == NameText.Key(form))
            {
                return !model.IsWrittenInLowerCase(form);
            }
        }

        return false;
    }
}
