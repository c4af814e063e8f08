namespace CopyLint.Rules.Naming;

/// <summary>All the mentions of one written form of a name, in order.</summary>
public sealed class FormStats(string form)
{
    private readonly List<Mention> _mentions = [];

    public string Form { get; } = form;

    /// <summary>The spelling-blind key of the form (see <see cref="NameText.Key"/>).</summary>
    public string Key { get; } = NameText.Key(form);

    public IReadOnlyList<Mention> Mentions => _mentions;

    public Mention First => _mentions[0];

    public int Count => _mentions.Count;

    public bool DefinesAcronym => _mentions.Any(m => m.DefinedAcronym is not null);

    /// <summary>The forms of the mentions <paramref name="include"/> accepts, each with its mentions, in order of first appearance.</summary>
    public static IReadOnlyList<FormStats> Collect(IReadOnlyList<Mention> mentions, Func<Mention, bool> include)
    {
        var byForm = new Dictionary<string, FormStats>(StringComparer.Ordinal);
        var list = new List<FormStats>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (!include(mention))
            {
                continue;
            }

            if (!byForm.TryGetValue(mention.Form, out var stats))
            {
                stats = byForm[mention.Form] = new FormStats(mention.Form);
                list.Add(stats);
            }

            stats._mentions.Add(mention);
        }

        return list;
    }

    /// <summary>(the form to keep, the odd one): the more frequent is kept; on a tie, the earlier.</summary>
    public static (FormStats Canonical, FormStats Odd) Order(FormStats a, FormStats b) =>
        b.Count > a.Count || (b.Count == a.Count && b.First.Index < a.First.Index) ? (b, a) : (a, b);
}
