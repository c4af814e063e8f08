using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001 for a short reference that misspells the end of a longer name introduced before it: "Garcia Toral" after
/// "Marcelino García Toral", "Councillor Marshal" after "Richard Marshall". The spelling differs only in accents, or
/// by one letter in a word of six letters or more; a difference of case alone ("van den Berg" / "Van den Berg") is style.
/// </summary>
internal static class ShortFormSpelling
{
    private const int MaxShortWords = 3;
    private const int MinEditedLetters = 6;

    /// <summary>Reports each short form written once whose spelling exactly one longer name, written earlier, contradicts.</summary>
    public static void Report(AnalysisContext context, NamingModel model, IReadOnlyList<FormStats> forms, NameAuthority authority, HashSet<FormStats>? reported)
    {
        foreach (var odd in forms)
        {
            if (odd.Count != 1 || odd.First.Length > MaxShortWords || reported?.Contains(odd) == true || odd.IsPlaceOnly
                || FindFullName(forms, odd) is not var (full, right)
                || (context.IsEnabled(NameAuthorityAnalyzer.Descriptor) && (authority.Replaces(odd.Form, right) || authority.Replaces(right, odd.Form))))
            {
                continue;
            }

            var mention = odd.First;
            var fix = new CodeFix($"Replace with '{right}'", new TextEdit(mention.Span, right));
            context.Report(InconsistentNameAnalyzer.Descriptor, mention.Span, fix, mention.Form, right, model.LineOf(full.First), string.Empty);
        }
    }

    /// <summary>
    /// The one longer name, first written before <paramref name="odd"/>, whose last words <paramref name="odd"/>
    /// misspells, and those words as it writes them; null when none, when two disagree, or when some name ends in
    /// <paramref name="odd"/>'s own spelling (two people: "Enzo Fernandez", "Bruno Fernández").
    /// </summary>
    private static (FormStats Full, string Right)? FindFullName(IReadOnlyList<FormStats> forms, FormStats odd)
    {
        var length = odd.First.Length;
        (FormStats Full, string Right)? found = null;
        foreach (var form in forms)
        {
            var name = form.First;
            if (name.Length < length || form == odd)
            {
                continue;
            }

            // Another spelling as short as this one: the same-length comparison decides between them.
            if (name.Length == length)
            {
                if (IsMisspelling(form.Form, odd.Form))
                {
                    return null;
                }

                continue;
            }

            var tail = string.Join(' ', name.Name.Skip(name.Length - length).Select(w => w.Text));
            if (string.Equals(tail, odd.Form, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (IsMisspelling(tail, odd.Form))
            {
                if ((found is { } other && other.Right != tail) || name.Index > odd.First.Index)
                {
                    return null;
                }

                found ??= (form, tail);
            }
        }

        return found;
    }

    /// <summary>Same words ignoring accents, or one word of six letters or more one letter apart ("Marshall" / "Marshal").</summary>
    private static bool IsMisspelling(string right, string odd)
    {
        if (NameText.Key(right) == NameText.Key(odd))
        {
            return true;
        }

        var a = right.Split(' ');
        var b = odd.Split(' ');
        var edited = 0;
        for (var k = 0; k < a.Length; k++)
        {
            if (NameText.Key(a[k]) == NameText.Key(b[k]))
            {
                continue;
            }

            if (++edited > 1 || NameText.LetterCount(a[k]) < MinEditedLetters || NameText.LetterCount(b[k]) < MinEditedLetters || !NameText.IsOneEditApart(a[k], b[k]))
            {
                return false;
            }
        }

        return edited == 1;
    }
}
