using CopyLint.Engine;

namespace CopyLint.Rules.Naming;

/// <summary>
/// CL2001 for a surname of two words cut to its last: "Álvaro García Ortiz", then "García Ortiz", then "Ortiz said".
/// The article's own short form of the full name ("García Ortiz") says the surname is both words, as in Spanish names
/// (the maternal surname alone is never the short form) and in "Andrew Lloyd Webber" / "Lloyd Webber"; the last word
/// alone is then a third name for one person. Left alone: a last word some other name also ends in (another person),
/// a short form given an apposition ("Ann Smith, a neighbour,": a second person), a name with an article before it
/// ("the Court"), family-name-first names, and articles that speak of family ties.
/// </summary>
internal static class ShortenedSurname
{
    public static void Report(AnalysisContext context, NamingModel model, List<FormStats> forms, ref HashSet<FormStats>? reported)
    {
        foreach (var tail in forms)
        {
            // The cheap test first: a one-off one-word form of the tail's last word is rare.
            if (tail.First.Length != 2 || !HasOneOff(tail.First.Last.Text, forms) || FullNameEndingIn(tail, forms) is not { } full || HasApposition(model, tail))
            {
                continue;
            }

            var last = tail.First.Last.Text;
            foreach (var odd in forms)
            {
                if (odd.Count != 1 || odd.First.Length != 1 || odd.Form != last || reported?.Contains(odd) == true)
                {
                    continue;
                }

                var mention = odd.First;
                if (mention.Index > full.Index && mention.PreviousWord is not ("the" or "The" or "a" or "an")
                    && ((full.Title ?? full.Honorific) is not null || mention.Honorific is not null || NameContext.IsSubjectOfVerb(model.Document, mention))
                    && OnlyNamesEndingIn(last, full, tail, forms) && !InconsistentNameAnalyzer.SpeaksOfKinship(model))
                {
                    (reported ??= []).Add(odd);
                    var fix = new CodeFix($"Replace with '{tail.Form}'", new TextEdit(mention.Span, tail.Form));
                    context.Report(InconsistentNameAnalyzer.Descriptor, mention.Span, fix, mention.Form, tail.Form, model.LineOf(tail.First), string.Empty);
                }
            }
        }
    }

    private static bool HasOneOff(string word, List<FormStats> forms)
    {
        foreach (var form in forms)
        {
            if (form.Count == 1 && form.First.Length == 1 && form.Form == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first mention of a name of three words or more, written before the two-word <paramref name="tail"/>, that ends in its words.</summary>
    private static Mention? FullNameEndingIn(FormStats tail, List<FormStats> forms)
    {
        var t = tail.First;
        if (t.PreviousWord is "the" or "The")
        {
            return null;
        }

        foreach (var form in forms)
        {
            var m = form.First;
            if (m.Length >= 3 && m.Index < t.Index && m.Traditions is null && m.WordAt(m.Length - 2) == t.WordAt(0) && m.WordAt(m.Length - 1) == t.WordAt(1))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>A mention of the two-word form followed by a comma: introduced as someone, not referred back to.</summary>
    private static bool HasApposition(NamingModel model, FormStats tail)
    {
        var text = model.Document.Text;
        foreach (var m in tail.Mentions)
        {
            var end = m.Span.End + m.Possessive.Length;
            if (end < text.Length && text[end] == ',')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>No name of two words or more ends in <paramref name="word"/> but the full name and its short form.</summary>
    private static bool OnlyNamesEndingIn(string word, Mention full, FormStats tail, List<FormStats> forms)
    {
        foreach (var form in forms)
        {
            if (form != tail && form.First.Length >= 2 && form.First.Last.Text == word && form.Form != full.Form)
            {
                return false;
            }
        }

        return true;
    }
}
