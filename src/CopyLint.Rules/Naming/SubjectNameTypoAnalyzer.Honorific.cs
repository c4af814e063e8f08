using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

public sealed partial class SubjectNameTypoAnalyzer
{
    private const int MinHonorificSlipLetters = 3;

    /// <summary>
    /// "said Michael Sly, chairman of NFU Sugar" … "Mr Slye said": copy introduces a person by full name and refers back
    /// with an honorific and the surname, so an honorific's word written nowhere else that is one edit from the surname of a
    /// full name before it, with the same first letter, is that surname misspelt, however few times the person is named.
    /// So too a word after the title that full name carries ("Chief Boice said" after "police Chief Rico Boyce"), and a
    /// bare word acting as a subject after a titled full name ("Tood said" after "Foreign Affairs Minister Hugh Todd"):
    /// nobody is introduced by a bare surname, and a titled person's name is surely a name. A second full name before
    /// it as near, or the spelling written again (another person's name), says nothing sure.
    /// </summary>
    /// <returns>The mentions reported, which the count-based reading leaves alone; null when none.</returns>
    private static List<Mention>? ReportHonorificSlips(AnalysisContext context, NamingModel model)
    {
        List<Mention>? reported = null;
        var mentions = model.Mentions.AsSpan();
        for (var i = 1; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (mention.Length != 1 || mention.InHeading || mention.InQuote || mention.IsAcronym
                || (mention.Honorific is null && mention.Title is null && !NameContext.IsSubjectOfVerb(model.Document, mention)))
            {
                continue;
            }

            var word = mention.First.Text;
            if (SurnameBefore(mentions[..i], mention) is { } surname && IsWrittenCapitalisedOnce(model, word) && !model.IsWrittenInLowerCase(word)
                && !IsLeftToInconsistentName(model, mention, surname))
            {
                var fix = new CodeFix($"Replace with '{surname}'", new TextEdit(mention.Span, surname));
                context.Report(Descriptor, mention.Span, fix, word, surname, TimesNamed(mentions, surname) + 1); // the slip names them too
                (reported ??= []).Add(mention);
            }
        }

        return reported;
    }

    /// <summary>
    /// The one surname of a full name in <paramref name="before"/> that the word of <paramref name="reference"/> is a slip
    /// of, or null; some full name of that surname must be one the reference can point back to (see <see cref="RefersTo"/>).
    /// </summary>
    private static string? SurnameBefore(ReadOnlySpan<Mention> before, Mention reference)
    {
        var word = reference.First.Text;
        string? found = null;
        var fits = false;
        foreach (var name in before)
        {
            if (name.Length < 2 || name.IsAcronym || name.Traditions is not null || name.InHeading)
            {
                continue;
            }

            var surname = name.Last.Text;
            if (surname == word || !IsHonorificSlip(word, surname))
            {
                continue;
            }

            if (found is not null && found != surname)
            {
                return null;
            }

            found = surname;
            fits |= RefersTo(reference, name);
        }

        return fits ? found : null;
    }

    /// <summary>
    /// An honorific may point back to any full name; a title to a full name with that title, in full or abbreviated; a
    /// bare word only to a titled full name (an untitled one is left to the counts of <see cref="Subjects"/>).
    /// </summary>
    private static bool RefersTo(Mention reference, Mention name) =>
        reference.Honorific is not null
        || (reference.Title is { } title
            ? name.Title is { } other && (string.Equals(other, title, StringComparison.OrdinalIgnoreCase) || Abbreviates(other, title) || Abbreviates(title, other))
            : name.Title is not null || name.Honorific is not null);

    /// <summary>
    /// One edit apart with the same first letter, of three letters or more, a letter added at the end too ("Slye" for "Sly",
    /// "Leone" for "Leon", "Harriss" for "Harris": elsewhere as often a second name, here the honorific says the person is
    /// the one named before); a pair CL2001 reports (one letter in two words of six letters or more) is left to it.
    /// </summary>
    private static bool IsHonorificSlip(string word, string surname) =>
        word[0] == surname[0] && Math.Min(NameText.LetterCount(word), NameText.LetterCount(surname)) >= MinHonorificSlipLetters
        && (NameText.IsOneEditApart(word, surname) || IsEndingAdded(word, surname)) && !IsReportedAsInconsistent(word, surname);

    /// <summary>
    /// CL2001 reads the slip against the full name itself: one letter put inside a word of five ("Mr Rotch" after
    /// "Kipkemboi arap Rotich"), unless the surname is also written alone, a spelling of the same length it defers to
    /// ("Mr Mbadi", then "Mr Mbaddi"); or a surname with other vowels just after the full name ("Mr Witherdine" in the
    /// sentence after "David Witherdin").
    /// </summary>
    private static bool IsLeftToInconsistentName(NamingModel model, Mention reference, string surname)
    {
        var word = reference.First.Text;
        return (ShortFormSpelling.IsOneLetterOff(word, surname) && !IsWrittenAlone(model, surname))
            || (NearbyVowelSpelling.IsVowelVariant(surname, word) && HasFullNameJustBefore(model, reference, surname));
    }

    /// <summary>A full name ending in <paramref name="surname"/> in the sentence of <paramref name="reference"/> or the one before.</summary>
    private static bool HasFullNameJustBefore(NamingModel model, Mention reference, string surname)
    {
        var mentions = model.Mentions;
        for (var i = reference.Index - 1; i >= 0 && mentions[i].SentenceIndex >= reference.SentenceIndex - 1; i--)
        {
            if (mentions[i].Length >= 2 && mentions[i].Last.Text == surname)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWrittenAlone(NamingModel model, string surname)
    {
        foreach (var mention in model.Mentions)
        {
            if (mention.Length == 1 && mention.First.Text == surname)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEndingAdded(string a, string b) =>
        a.Length == b.Length + 1 ? a.StartsWith(b, StringComparison.Ordinal) : b.Length == a.Length + 1 && b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>Mentions that end in <paramref name="surname"/>, or are that one word.</summary>
    private static int TimesNamed(ReadOnlySpan<Mention> mentions, string surname)
    {
        var count = 0;
        foreach (var m in mentions)
        {
            count += !m.InHeading && m.Last.Text == surname ? 1 : 0;
        }

        return count;
    }
}
