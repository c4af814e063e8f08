namespace CopyLint.Rules.Naming;

public sealed partial class HonorificStyleAnalyzer
{
    /// <summary>
    /// "the club chairman, Mr Jason Foot, said" … "Foot said": a house that gives a full name a courtesy title on first
    /// reference (rules/lists/honorific-style-titles.txt) and writes "Mr Fry" or "Cllr Ashworth" on a later reference to
    /// anyone gives the title on every later one, so the full name counts as a reference with the title. Each surname →
    /// its first such full name; null when the story writes no later reference with such a title, as West African copy
    /// writes "Mr Stanley Gama" and then "Gama said" throughout.
    /// </summary>
    private static Dictionary<string, Mention>? StyledFirstReferences(NamingModel model)
    {
        Dictionary<string, Mention>? first = null;
        var laterStyled = false;
        foreach (var m in model.Mentions)
        {
            if (m.Length >= 2 && m.Traditions is null && !m.InQuote && !m.InHeading && !m.IsAcronym && IsStyleSetting(model, m))
            {
                first ??= new(StringComparer.Ordinal);
                first.TryAdd(m.Last.Text, m);
            }
            else if (IsReference(m) && IsStyleSetting(model, m))
            {
                laterStyled = true;
            }
        }

        return laterStyled ? first ?? new(StringComparer.Ordinal) : null;
    }

    private static bool IsStyleSetting(NamingModel model, Mention m) =>
        m.Honorific is { } honorific ? model.Lexicon.StyleSettingTitles.Contains(honorific) : IsStyleTitled(model, m);

    /// <summary>"Cllr Ashworth": a council title that British local copy uses as a courtesy title.</summary>
    private static bool IsStyleTitled(NamingModel model, Mention m) =>
        m.Honorific is null && m.Title is { } title && model.Lexicon.StyleSettingTitles.Contains(title);

    /// <summary>The references of <paramref name="group"/> with a courtesy title, and the full name that gave it one first.</summary>
    private static List<Mention> Styled(NamingModel model, List<Mention> group, Dictionary<string, Mention> firstReferences)
    {
        var styled = group.FindAll(m => m.Honorific is not null || IsStyleTitled(model, m));
        if (firstReferences.TryGetValue(group[0].Form, out var full))
        {
            styled.Add(full);
            styled.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }

        return styled;
    }
}
