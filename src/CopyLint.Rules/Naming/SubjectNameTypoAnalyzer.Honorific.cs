using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

public sealed partial class SubjectNameTypoAnalyzer
{
    private const int MinHonorificSlipLetters = 3;

    /// <summary>From six letters CL2001 reads a one-word slip against the full name ("Mr Rotch" after "Kipkemboi Rotich").</summary>
    private const int MaxHonorificSlipLetters = 5;

    /// <summary>
    /// "said Michael Sly, chairman of NFU Sugar" … "Mr Slye said": copy introduces a person by full name and refers back
    /// with an honorific and the surname, so an honorific's word written nowhere else that is one edit from the surname of a
    /// full name before it, with the same first letter, is that surname misspelt, however few times the person is named.
    /// A second full name before it as near, or the spelling written again (another person's name), says nothing sure.
    /// </summary>
    private static void ReportHonorificSlips(AnalysisContext context, NamingModel model)
    {
        var mentions = model.Mentions.AsSpan();
        for (var i = 1; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            if (mention.Honorific is null || mention.Length != 1 || mention.InHeading || mention.InQuote || mention.IsAcronym)
            {
                continue;
            }

            var word = mention.First.Text;
            if (SurnameBefore(mentions[..i], word) is { } surname && IsWrittenCapitalisedOnce(model, word) && !model.IsWrittenInLowerCase(word))
            {
                var fix = new CodeFix($"Replace with '{surname}'", new TextEdit(mention.Span, surname));
                context.Report(Descriptor, mention.Span, fix, word, surname, TimesNamed(mentions, surname) + 1); // the slip names them too
            }
        }
    }

    /// <summary>The one surname of a full name in <paramref name="before"/> that <paramref name="word"/> is a slip of, or null.</summary>
    private static string? SurnameBefore(ReadOnlySpan<Mention> before, string word)
    {
        string? found = null;
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
        }

        return found;
    }

    /// <summary>
    /// One edit apart with the same first letter, of three to five letters, a letter added at the end too ("Slye" for "Sly",
    /// "Leone" for "Leon": elsewhere as often a second name, here the honorific says the person is the one named before);
    /// a pair CL2001 reports is left to it.
    /// </summary>
    private static bool IsHonorificSlip(string word, string surname) =>
        word[0] == surname[0] && Math.Min(NameText.LetterCount(word), NameText.LetterCount(surname)) >= MinHonorificSlipLetters
        && Math.Max(NameText.LetterCount(word), NameText.LetterCount(surname)) <= MaxHonorificSlipLetters
        && (NameText.IsOneEditApart(word, surname) || IsEndingAdded(word, surname)) && !IsReportedAsInconsistent(word, surname);

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
