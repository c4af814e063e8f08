using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001 for a lone given name, written once as the speaker ("Kebbede said"), that misspells the given name of a full
/// name written before it ("Kebede Alemu"): Ethiopian, Eritrean, Icelandic and Faroese copy refer to a person by the given
/// name, so the slip is there, not in the surname. The two differ only in accents, a letter for 'ð', or one letter (see
/// <see cref="ShortFormSpelling.IsOneLetterOff"/>, which leaves 'Louis' / 'Louise' alone). Left alone: an article that
/// writes the full name's surname alone (its second reference is the surname, so a lone given name may be someone
/// else), a given name some other name starts or ends with, and a name after a title or an honorific.
/// </summary>
internal static class GivenNameSpelling
{
    public static void Report(AnalysisContext context, NamingModel model, List<FormStats> forms, HashSet<FormStats>? reported)
    {
        foreach (var odd in forms)
        {
            var mention = odd.First;
            if (odd.Count != 1 || mention.Length != 1 || mention.Honorific is not null || mention.Title is not null || mention.IsAcronym
                || reported?.Contains(odd) == true || !NameContext.IsSpeaker(model.Document, mention) || OpensOrEndsAnotherName(forms, odd))
            {
                continue;
            }

            if (FullNameOf(model, forms, odd) is { } full)
            {
                var right = full.First.Name[0].Text;
                var fix = new CodeFix($"Replace with '{right}'", new TextEdit(mention.Span, right));
                context.Report(InconsistentNameAnalyzer.Descriptor, mention.Span, fix, mention.Form, right, model.LineOf(full.First), string.Empty);
            }
        }
    }

    /// <summary>The one full name before the odd form whose given name it misspells; null when none or two.</summary>
    private static FormStats? FullNameOf(NamingModel model, List<FormStats> forms, FormStats odd)
    {
        FormStats? found = null;
        foreach (var form in forms)
        {
            var name = form.First;
            if (name.Length is < 2 or > 3 || name.Index > odd.First.Index || name.Traditions is not null || name.DefinedAcronym is not null
                || name.PreviousWord is "the" or "The" || !IsGivenNameSlip(name.Name[0].Text, odd.Form))
            {
                continue;
            }

            if ((found is not null && found.First.Name[0].Text != name.Name[0].Text) || IsSurnameWrittenAlone(forms, name))
            {
                return null;
            }

            found ??= form;
        }

        return found;
    }

    private static bool IsGivenNameSlip(string right, string odd)
    {
        if (string.Equals(right, odd, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var (a, b) = (NameText.Key(right), NameText.Key(odd));
        return a == b || ShortFormSpelling.IsOneLetterOff(a, b);
    }

    /// <summary>Some form starts or ends with the odd one's own spelling: it is a name of its own.</summary>
    private static bool OpensOrEndsAnotherName(List<FormStats> forms, FormStats odd)
    {
        foreach (var form in forms)
        {
            var name = form.First;
            if (form != odd && name.Length >= 2 && (name.Name[0].Text == odd.Form || name.Last.Text == odd.Form))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSurnameWrittenAlone(List<FormStats> forms, Mention full)
    {
        var surname = full.Last.Text;
        foreach (var form in forms)
        {
            if (form.First.Length == 1 && string.Equals(form.Form, surname, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
