namespace CopyLint.Rules.Naming;

/// <summary>All the mentions of one written form of a name, in order.</summary>
public sealed class FormStats
{
    // Most forms are written once: the list comes with the second mention.
    private List<Mention>? _mentions;

    public FormStats(Mention first)
    {
        First = first;
        KeyHash = NameText.KeyHash(first, out var tails);
        Tails = tails;
    }

    public string Form => First.Form;

    private string? _key;

    /// <summary>The spelling-blind key of the form (see <see cref="NameText.Key"/>), built on first use.</summary>
    public string Key => _key ??= NameText.Key(Form);

    /// <summary>A hash of <see cref="Key"/>: forms with equal keys have equal hashes (see <see cref="NameText.KeyHash"/>).</summary>
    public int KeyHash { get; }

    /// <summary>The key lengths of the name's last words, counted with <see cref="KeyHash"/> (unknown beyond ASCII), for CL2001's short forms.</summary>
    internal TailLetters Tails { get; }

    public IReadOnlyList<Mention> Mentions => _mentions ?? [First];

    public Mention First { get; }

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

/// <summary>
/// The key lengths (letters and digits) of a name's last one, two and three words, for an ASCII name; a length past the
/// name's own words counts only its words. Beyond ASCII, where accents fold, they are unknown.
/// </summary>
internal readonly record struct TailLetters(int One, int Two, int Three)
{
    public static TailLetters Unknown { get; } = new(-1, -1, -1);

    public bool IsKnown => One >= 0;

    /// <summary>The key length of the last <paramref name="words"/> words (1 to 3).</summary>
    public int Of(int words) => words switch { 1 => One, 2 => Two, _ => Three };
}
