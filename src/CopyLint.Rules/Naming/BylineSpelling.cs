using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001 for the byline's author named in the copy with one letter of the surname out: "By Lena Kowalski" (or the
/// name alone on its line under the headline), then "said Lena Kowalsky". The byline is set apart from the copy (no headline counts as a use of a name), but it spells
/// the author's name as the author does; the same given names with a surname of six letters or more one letter from
/// it are the same person misspelt.
/// </summary>
internal static class BylineSpelling
{
    private const int MinLetters = 6;

    public static void Report(AnalysisContext context, NamingModel model, List<FormStats> forms, HashSet<FormStats>? reported)
    {
        foreach (var byline in model.Mentions)
        {
            if (!byline.InHeading || byline.Length < 2 || !(byline.PreviousWord is "By" || IsBareByline(model, byline)))
            {
                continue;
            }

            var surname = byline.Last.Text;
            foreach (var odd in forms)
            {
                var name = odd.First;
                if (name.Length != byline.Length || name.Last.Text == surname || reported?.Contains(odd) == true
                    || NameText.LetterCount(surname) < MinLetters || NameText.LetterCount(name.Last.Text) < MinLetters
                    || !SameGivenNames(byline, name) || !NameText.IsOneEditApart(surname, name.Last.Text) || UsesSurname(forms, name.Last.Text, odd))
                {
                    continue;
                }

                foreach (var mention in odd.Mentions)
                {
                    ReportMisspelt(context, model, byline, mention);
                }
            }

            foreach (var credit in model.Mentions)
            {
                if (credit.InHeading && credit.Index > byline.Index && credit.Length == byline.Length && credit.Last.Text != surname
                    && IsCredit(model.Document.Text, credit) && NameText.LetterCount(surname) >= MinLetters && NameText.LetterCount(credit.Last.Text) >= MinLetters
                    && SameGivenNames(byline, credit) && NameText.IsOneEditApart(surname, credit.Last.Text) && !UsesSurname(forms, credit.Last.Text, null))
                {
                    ReportMisspelt(context, model, byline, credit);
                }
            }
        }
    }

    private static void ReportMisspelt(AnalysisContext context, NamingModel model, Mention byline, Mention mention)
    {
        var fix = new CodeFix($"Replace with '{byline.Form}'", new TextEdit(mention.Span, byline.Form));
        context.Report(InconsistentNameAnalyzer.Descriptor, mention.Span, fix, mention.Form, byline.Form, model.LineOf(byline), string.Empty);
    }

    /// <summary>
    /// "Additional reporting by Daria Kovalenko", "Reporting by …; Editing by …": a credit line set apart from the copy,
    /// as the byline is, which names the byline's author again.
    /// </summary>
    private static bool IsCredit(string text, Mention name)
    {
        var before = text.AsSpan(0, name.Span.Start);
        foreach (var cue in CreditCues)
        {
            if (before.EndsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] CreditCues = ["reporting by ", "writing by ", "editing by ", "compiled by "];

    /// <summary>
    /// A line that is the name and nothing else, under the headline ("Declan Fitzmaurice"): the byline as opinion pages
    /// set it, without "By".
    /// </summary>
    private static bool IsBareByline(NamingModel model, Mention name)
    {
        var document = model.Document;
        var paragraph = document.Paragraphs[document.Sentences[name.SentenceIndex].ParagraphIndex];
        return name.NameStart == 0 && paragraph.ContentCount == name.Length;
    }

    private static bool SameGivenNames(Mention a, Mention b)
    {
        for (var i = 0; i < a.Length - 1; i++)
        {
            if (a.WordAt(i) != b.WordAt(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Some other name ends in the body's spelling: someone else of that surname is in the story.</summary>
    private static bool UsesSurname(List<FormStats> forms, string surname, FormStats? odd)
    {
        foreach (var form in forms)
        {
            if (form != odd && form.First.Last.Text == surname)
            {
                return true;
            }
        }

        return false;
    }
}
