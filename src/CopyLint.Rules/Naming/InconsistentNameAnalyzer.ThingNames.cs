namespace CopyLint.Rules.Naming;

public sealed partial class InconsistentNameAnalyzer
{
    /// <summary>
    /// "won the Hong Kong Sprint" … "took the Hong Kong Vase": a name written each time after "the" names a race, a
    /// cup or a building, not a person, so two such names a word apart are two things ("Kim Jong Un" takes no article).
    /// </summary>
    private static bool NamesThings(FormStats canonical, FormStats odd) =>
        canonical.Mentions.All(static m => m.PreviousWord is "the" or "The") && odd.Mentions.All(static m => m.PreviousWord is "the" or "The");

    /// <summary>
    /// "RC35: 1 Aurora (Fraser Lang) 17pts; 2 Corrie (Ewan Bain) 20": one word a results line gives after a placing and
    /// before a capitalised name in brackets names the boat, the horse or the dog the person in brackets sailed, rode or
    /// ran, not a person, so it is no spelling of a name ("Gordon Currie"). A placing opens a line or follows ':', ';' or ','.
    /// </summary>
    internal static bool IsResultsEntrant(Mention mention, string text)
    {
        var end = mention.Span.End;
        if (mention.Length != 1 || end + 2 >= text.Length || text[end] != ' ' || text[end + 1] != '(' || !char.IsUpper(text[end + 2]))
        {
            return false;
        }

        var at = mention.Words[0].Span.Start - 1;
        if (at < 1 || text[at] != ' ')
        {
            return false;
        }

        var placing = at;
        while (at > 0 && char.IsAsciiDigit(text[at - 1]))
        {
            at--;
        }

        return at < placing && (at == 0 || text[at - 1] == '\n' || (at >= 2 && text[at - 1] == ' ' && text[at - 2] is ':' or ';' or ','));
    }
}
