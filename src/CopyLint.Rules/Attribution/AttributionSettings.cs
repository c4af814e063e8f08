using System.Collections.Frozen;
using CopyLint.Engine;

namespace CopyLint.Rules.Attribution;

/// <summary>How far from a figure or quote an attribution may sit and still count as its source.</summary>
public enum Reach
{
    /// <summary>Only the same sentence.</summary>
    Sentence,

    /// <summary>The same sentence, or the sentence just before or after it in the same paragraph.</summary>
    Neighbours,

    /// <summary>Any sentence of the same paragraph.</summary>
    Paragraph,
}

/// <summary>One rule's attribution options for one file, read from copylint.yaml.</summary>
internal sealed record AttributionSettings(Reach Reach, IReadOnlySet<string> ExtraVerbs, IReadOnlySet<string> AcceptedHedges, double MinimumFigure, bool ExactFigures)
{
    public static AttributionSettings From(RuleOptions options) => new(
        ParseReach(options.GetString(AttributionOptions.Reach.Name, "neighbours")),
        WithInflections(options.GetList(AttributionOptions.Verbs.Name)),
        WordsOf(options.GetList(AttributionOptions.AcceptedHedges.Name)),
        options.GetDouble(AttributionOptions.MinimumFigure.Name, AttributionOptions.DefaultMinimumFigure),
        options.GetBool(AttributionOptions.ExactFigures.Name, false));

    private static Reach ParseReach(string value) =>
        value.Equals("sentence", StringComparison.OrdinalIgnoreCase) ? Reach.Sentence
        : value.Equals("paragraph", StringComparison.OrdinalIgnoreCase) ? Reach.Paragraph
        : Reach.Neighbours;

    private static IReadOnlySet<string> WordsOf(IReadOnlyList<string> words) =>
        words.Count == 0 ? FrozenSet<string>.Empty : words.ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A user's extra verbs with their regular forms: "concede" also matches "concedes", "conceded", "conceding".</summary>
    private static IReadOnlySet<string> WithInflections(IReadOnlyList<string> verbs)
    {
        if (verbs.Count == 0)
        {
            return FrozenSet<string>.Empty;
        }

        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in verbs.Select(v => v.Trim()).Where(v => v.Length > 0))
        {
            var stem = verb.EndsWith('e') ? verb[..^1] : verb;
            forms.UnionWith([verb, verb + "s", stem + "ed", stem + "ing"]);
        }

        return forms;
    }
}
