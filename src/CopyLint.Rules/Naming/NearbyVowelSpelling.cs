using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001 for a short reference that spells the surname of the full name just before it with other vowels: "Marguerite
/// Naidoo plays Preshnee. Naidu, best known for her television work, …". The two words start alike, have the same
/// consonants in the same order and are at most two letters apart; the short form is written once, in the full name's
/// sentence or the next, and no name of two words or more ends in it; a name spelt out with its acronym, or written
/// after "the", is no person's ("the Common Agricultural Policy (CAP)" or "the Common Agricultural Policy", then "Police said"),
/// nor is a nationality adjective before a noun ("German car exports" after "Francie Gorman"), nor a boat a results line
/// gives before its skipper ("2 Corrie (Ewan Bain) 20" after "Gallus (Gordon Currie)"). Nobody new is named by a bare surname straight after
/// someone whose surname sounds the same; "Patel" / "Patil" further apart, or each with a full name, are left alone, and
/// so are two forms of one place (place-demonyms.txt): "Seville" after "Compañía Luz de Sevilla".
/// </summary>
internal static class NearbyVowelSpelling
{
    private const int MinLetters = 5;

    public static void Report(AnalysisContext context, NamingModel model, HashSet<FormStats>? reported)
    {
        var mentions = model.Mentions;
        foreach (var mention in mentions)
        {
            if (mention.Length != 1 || mention.First.Text.Length < MinLetters || mention.InHeading || mention.IsAcronym || mention.FollowsPlacePreposition
                || InconsistentNameAnalyzer.IsNationalityAdjective(model.Lexicon, mention, model.Document.Text) || InconsistentNameAnalyzer.IsResultsEntrant(mention, model.Document.Text))
            {
                continue;
            }

            // Read before the full names near it: a lone capital opening a sentence ("Naidu, best known for …") is not
            // trusted as a name elsewhere, but one beside a full name that sounds the same is no common word.
            var initial = mention.First.Text[0];
            for (var i = mention.Index - 1; i >= 0 && mentions[i].SentenceIndex >= mention.SentenceIndex - 1; i--)
            {
                var full = mentions[i];
                var surname = full.Last.Text;
                if (full.Length >= 2 && surname[0] == initial && full.Traditions is null && full.Possessive.Length == 0 && full.DefinedAcronym is null && full.PreviousWord is not ("the" or "The") && model.IsReliable(full)
                    && IsVowelVariant(surname, mention.Form) && IsWrittenOnlyHere(model, mention) && !model.Lexicon.AreFormsOfOnePlace(surname, mention.Form)
                    && !IsReported(reported, mention.Form))
                {
                    var fix = new CodeFix($"Replace with '{surname}'", new TextEdit(mention.Span, surname));
                    context.Report(InconsistentNameAnalyzer.Descriptor, mention.Span, fix, mention.Form, surname, model.LineOf(full), string.Empty);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// CL2001 has reported a form spelt <paramref name="form"/>: a loop, where a lambda would capture the mention and cost an
    /// allocation for every mention the report walks, asked or not.
    /// </summary>
    private static bool IsReported(HashSet<FormStats>? reported, string form)
    {
        if (reported is not null)
        {
            foreach (var stats in reported)
            {
                if (stats.Form == form)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>No other mention has the word of <paramref name="mention"/> among its words, nor is it written in lower case.</summary>
    private static bool IsWrittenOnlyHere(NamingModel model, Mention mention)
    {
        var word = mention.First.Text;
        foreach (var other in model.Mentions)
        {
            if (other == mention)
            {
                continue;
            }

            foreach (var w in other.Name)
            {
                if (w.Text == word)
                {
                    return false;
                }
            }
        }

        return !model.IsWrittenInLowerCase(word);
    }

    /// <summary>"Naidoo" / "Naidu": the same first letter and consonants, other vowels, one or two letters apart.</summary>
    internal static bool IsVowelVariant(string a, string b)
    {
        if (a == b || a.Length < MinLetters || b.Length < MinLetters || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        int i = 1, j = 1;
        while (true)
        {
            while (i < a.Length && IsVowel(a[i]))
            {
                i++;
            }

            while (j < b.Length && IsVowel(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length && NameText.Distance(a, b) <= 2;
            }

            if (a[i++] != b[j++])
            {
                return false;
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
