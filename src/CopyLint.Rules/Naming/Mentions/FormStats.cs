namespace CopyLint.Rules.Naming;

/// <summary>All the mentions of one written form of a name, in order.</summary>
public sealed class FormStats(Mention first)
{
    // Most forms are written once: the list comes with the second mention.
    private List<Mention>? _mentions;

    public string Form => First.Form;

    private string? _key;

    /// <summary>The spelling-blind key of the form (see <see cref="NameText.Key"/>), built on first use.</summary>
    public string Key => _key ??= NameText.Key(Form);

    /// <summary>A hash of <see cref="Key"/>: forms with equal keys have equal hashes (see <see cref="NameText.KeyHash"/>).</summary>
    public int KeyHash { get; } = NameText.KeyHash(first);

    public IReadOnlyList<Mention> Mentions => _mentions ?? [First];

    public Mention First { get; } = first;

    public int Count => _mentions?.Count ?? 1;

    /// <summary>Every mention follows a preposition of place: a town ("in Burnley"), not a misspelt surname ("Burley").</summary>
    public bool IsPlaceOnly => _mentions?.TrueForAll(static m => m.FollowsPlacePreposition) ?? First.FollowsPlacePreposition;

    public bool DefinesAcronym => Mentions.Any(m => m.DefinedAcronym is not null);

    /// <summary>The forms of the mentions <paramref name="include"/> accepts, each with its mentions, in order of first appearance.</summary>
    public static List<FormStats> Collect(NamingModel model, Func<NamingModel, Mention, bool> include)
    {
        var mentions = model.Mentions;
        var ids = model.Forms;
        // The model has numbered the forms: each form's stats are found by its number.
        var byId = new FormStats?[ids.Count];
        var list = new List<FormStats>(ids.Count);
        foreach (var mention in mentions)
        {
            if (!include(model, mention))
            {
                continue;
            }

            ref var stats = ref byId[ids.IdOf(mention)];
            if (stats is not null)
            {
                // Sized for a few: a list of one would grow at once.
                (stats._mentions ??= new List<Mention>(4) { stats.First }).Add(mention);
            }
            else
            {
                stats = new FormStats(mention);
                list.Add(stats);
            }
        }

        return list;
    }

    /// <summary>(the form to keep, the odd one): the more frequent is kept; on a tie, the earlier.</summary>
    public static (FormStats Canonical, FormStats Odd) Order(FormStats a, FormStats b) =>
        b.Count > a.Count || (b.Count == a.Count && b.First.Index < a.First.Index) ? (b, a) : (a, b);
}
